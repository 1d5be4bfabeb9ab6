// generated from specs/ — do not edit (npm run gen)
// Validator "anthropic-stream-event" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","message"],"properties":{"type":{"const":"message_start","type":"string"},"message":{"additionalProperties":true,"type":"object","required":["id","model","usage"],"properties":{"id":{"maxLength":512,"type":"string"},"model":{"maxLength":512,"type":"string"},"usage":{"additionalProperties":true,"type":"object","properties":{}}}}}},{"additionalProperties":true,"type":"object","required":["type","index","content_block"],"properties":{"type":{"const":"content_block_start","type":"string"},"index":{"minimum":0,"type":"integer"},"content_block":{"$ref":"#/$defs/AnthropicResponseContentBlock"}}},{"additionalProperties":true,"type":"object","required":["type","index","delta"],"properties":{"type":{"const":"content_block_delta","type":"string"},"index":{"minimum":0,"type":"integer"},"delta":{"$ref":"#/$defs/AnthropicDelta"}}},{"additionalProperties":true,"type":"object","required":["type","index"],"properties":{"type":{"const":"content_block_stop","type":"string"},"index":{"minimum":0,"type":"integer"}}},{"additionalProperties":true,"type":"object","required":["type","delta","usage"],"properties":{"type":{"const":"message_delta","type":"string"},"delta":{"additionalProperties":true,"type":"object","properties":{"stop_reason":{"anyOf":[{"$ref":"#/$defs/AnthropicStopReason"},{"type":"null"}]},"stop_sequence":{"anyOf":[{"type":"string"},{"type":"null"}]}}},"usage":{"additionalProperties":true,"type":"object","required":["output_tokens"],"properties":{"output_tokens":{"minimum":0,"type":"integer"}}}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"message_stop","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"ping","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","error"],"properties":{"type":{"const":"error","type":"string"},"error":{"$ref":"#/$defs/AnthropicErrorObject"}}}],"$defs":{"AnthropicCitation":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"cited_text":{"type":"string"}}},"AnthropicDelta":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text_delta","type":"string"},"text":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","partial_json"],"properties":{"type":{"const":"input_json_delta","type":"string"},"partial_json":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","thinking"],"properties":{"type":{"const":"thinking_delta","type":"string"},"thinking":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","signature"],"properties":{"type":{"const":"signature_delta","type":"string"},"signature":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","citation"],"properties":{"type":{"const":"citations_delta","type":"string"},"citation":{"$ref":"#/$defs/AnthropicCitation"}}}]},"AnthropicErrorObject":{"additionalProperties":true,"type":"object","required":["type","message"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"message":{"type":"string"}}},"AnthropicResponseContentBlock":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"}}},"AnthropicStopReason":{"anyOf":[{"const":"end_turn","type":"string"},{"const":"max_tokens","type":"string"},{"const":"stop_sequence","type":"string"},{"const":"tool_use","type":"string"},{"const":"pause_turn","type":"string"},{"const":"refusal","type":"string"},{"const":"model_context_window_exceeded","type":"string"}]}}};
const schema12 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"}}};
const schema15 = {"anyOf":[{"const":"end_turn","type":"string"},{"const":"max_tokens","type":"string"},{"const":"stop_sequence","type":"string"},{"const":"tool_use","type":"string"},{"const":"pause_turn","type":"string"},{"const":"refusal","type":"string"},{"const":"model_context_window_exceeded","type":"string"}]};
const schema16 = {"additionalProperties":true,"type":"object","required":["type","message"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"message":{"type":"string"}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;
const schema13 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text_delta","type":"string"},"text":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","partial_json"],"properties":{"type":{"const":"input_json_delta","type":"string"},"partial_json":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","thinking"],"properties":{"type":{"const":"thinking_delta","type":"string"},"thinking":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","signature"],"properties":{"type":{"const":"signature_delta","type":"string"},"signature":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","citation"],"properties":{"type":{"const":"citations_delta","type":"string"},"citation":{"$ref":"#/$defs/AnthropicCitation"}}}]};
const schema14 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"cited_text":{"type":"string"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if(typeof data.type !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "text_delta"){
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.text === undefined) && (missing1 = "text"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text_delta" !== data1){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "text_delta"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.text !== undefined){
const _errs9 = errors;
if(typeof data.text !== "string"){
validate11.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/0/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "input_json_delta"){
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.partial_json === undefined) && (missing2 = "partial_json"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data3 = data.type;
const _errs14 = errors;
if(typeof data3 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("input_json_delta" !== data3){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "input_json_delta"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs14 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.partial_json !== undefined){
const _errs16 = errors;
if(typeof data.partial_json !== "string"){
validate11.errors = [{instancePath:instancePath+"/partial_json",schemaPath:"#/oneOf/1/properties/partial_json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "thinking_delta"){
const _errs18 = errors;
if(errors === _errs18){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) && (missing3 = "type")) || ((data.thinking === undefined) && (missing3 = "thinking"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data5 = data.type;
const _errs21 = errors;
if(typeof data5 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("thinking_delta" !== data5){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "thinking_delta"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs21 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.thinking !== undefined){
const _errs23 = errors;
if(typeof data.thinking !== "string"){
validate11.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/oneOf/2/properties/thinking/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "signature_delta"){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.signature === undefined) && (missing4 = "signature"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data7 = data.type;
const _errs28 = errors;
if(typeof data7 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("signature_delta" !== data7){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "signature_delta"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.signature !== undefined){
const _errs30 = errors;
if(typeof data.signature !== "string"){
validate11.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/oneOf/3/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "citations_delta"){
const _errs32 = errors;
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((data.type === undefined) && (missing5 = "type")) || ((data.citation === undefined) && (missing5 = "citation"))){
validate11.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data9 = data.type;
const _errs35 = errors;
if(typeof data9 !== "string"){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("citations_delta" !== data9){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "citations_delta"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.citation !== undefined){
let data10 = data.citation;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing6;
if((data10.type === undefined) && (missing6 = "type")){
validate11.errors = [{instancePath:instancePath+"/citation",schemaPath:"#/$defs/AnthropicCitation/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data10.type !== undefined){
let data11 = data10.type;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data11 === "string"){
if(func2(data11) > 512){
validate11.errors = [{instancePath:instancePath+"/citation/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data11) < 1){
validate11.errors = [{instancePath:instancePath+"/citation/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/citation/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs41 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data10.cited_text !== undefined){
const _errs43 = errors;
if(typeof data10.cited_text !== "string"){
validate11.errors = [{instancePath:instancePath+"/citation/cited_text",schemaPath:"#/$defs/AnthropicCitation/properties/cited_text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs43 === errors;
}
else {
var valid13 = true;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/citation",schemaPath:"#/$defs/AnthropicCitation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs37 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if(typeof data.type !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "message_start"){
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.message === undefined) && (missing1 = "message"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("message_start" !== data1){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "message_start"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.message !== undefined){
let data2 = data.message;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((((data2.id === undefined) && (missing2 = "id")) || ((data2.model === undefined) && (missing2 = "model"))) || ((data2.usage === undefined) && (missing2 = "usage"))){
validate10.errors = [{instancePath:instancePath+"/message",schemaPath:"#/oneOf/0/properties/message/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) > 512){
validate10.errors = [{instancePath:instancePath+"/message/id",schemaPath:"#/oneOf/0/properties/message/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/message/id",schemaPath:"#/oneOf/0/properties/message/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.model !== undefined){
let data4 = data2.model;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func2(data4) > 512){
validate10.errors = [{instancePath:instancePath+"/message/model",schemaPath:"#/oneOf/0/properties/message/properties/model/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/message/model",schemaPath:"#/oneOf/0/properties/message/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.usage !== undefined){
let data5 = data2.usage;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
validate10.errors = [{instancePath:instancePath+"/message/usage",schemaPath:"#/oneOf/0/properties/message/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/message",schemaPath:"#/oneOf/0/properties/message/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "content_block_start"){
const _errs19 = errors;
if(errors === _errs19){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((((data.type === undefined) && (missing3 = "type")) || ((data.index === undefined) && (missing3 = "index"))) || ((data.content_block === undefined) && (missing3 = "content_block"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data6 = data.type;
const _errs22 = errors;
if(typeof data6 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("content_block_start" !== data6){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "content_block_start"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.index !== undefined){
let data7 = data.index;
const _errs24 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/1/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/1/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.content_block !== undefined){
let data8 = data.content_block;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing4;
if((data8.type === undefined) && (missing4 = "type")){
validate10.errors = [{instancePath:instancePath+"/content_block",schemaPath:"#/$defs/AnthropicResponseContentBlock/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data8.type !== undefined){
let data9 = data8.type;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data9 === "string"){
if(func2(data9) > 512){
validate10.errors = [{instancePath:instancePath+"/content_block/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data9) < 1){
validate10.errors = [{instancePath:instancePath+"/content_block/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/content_block/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/content_block",schemaPath:"#/$defs/AnthropicResponseContentBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "content_block_delta"){
const _errs32 = errors;
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((((data.type === undefined) && (missing5 = "type")) || ((data.index === undefined) && (missing5 = "index"))) || ((data.delta === undefined) && (missing5 = "delta"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data10 = data.type;
const _errs35 = errors;
if(typeof data10 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("content_block_delta" !== data10){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "content_block_delta"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.index !== undefined){
let data11 = data.index;
const _errs37 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/2/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/2/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.delta !== undefined){
const _errs39 = errors;
if(!(validate11(data.delta, {instancePath:instancePath+"/delta",parentData:data,parentDataProperty:"delta",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "content_block_stop"){
const _errs40 = errors;
if(errors === _errs40){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if(((data.type === undefined) && (missing6 = "type")) || ((data.index === undefined) && (missing6 = "index"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data13 = data.type;
const _errs43 = errors;
if(typeof data13 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("content_block_stop" !== data13){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "content_block_stop"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs43 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.index !== undefined){
let data14 = data.index;
const _errs45 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/3/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate10.errors = [{instancePath:instancePath+"/index",schemaPath:"#/oneOf/3/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid12 = _errs45 === errors;
}
else {
var valid12 = true;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "message_delta"){
const _errs47 = errors;
if(errors === _errs47){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((((data.type === undefined) && (missing7 = "type")) || ((data.delta === undefined) && (missing7 = "delta"))) || ((data.usage === undefined) && (missing7 = "usage"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data15 = data.type;
const _errs50 = errors;
if(typeof data15 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("message_delta" !== data15){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "message_delta"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs50 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.delta !== undefined){
let data16 = data.delta;
const _errs52 = errors;
if(errors === _errs52){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.stop_reason !== undefined){
let data17 = data16.stop_reason;
const _errs55 = errors;
const _errs56 = errors;
let valid16 = false;
const _errs57 = errors;
const _errs59 = errors;
let valid18 = false;
const _errs60 = errors;
if(typeof data17 !== "string"){
const err0 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("end_turn" !== data17){
const err1 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/0/const",keyword:"const",params:{allowedValue: "end_turn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs60 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs62 = errors;
if(typeof data17 !== "string"){
const err2 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("max_tokens" !== data17){
const err3 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/1/const",keyword:"const",params:{allowedValue: "max_tokens"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs62 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs64 = errors;
if(typeof data17 !== "string"){
const err4 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("stop_sequence" !== data17){
const err5 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/2/const",keyword:"const",params:{allowedValue: "stop_sequence"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs64 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs66 = errors;
if(typeof data17 !== "string"){
const err6 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("tool_use" !== data17){
const err7 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/3/const",keyword:"const",params:{allowedValue: "tool_use"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs66 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs68 = errors;
if(typeof data17 !== "string"){
const err8 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("pause_turn" !== data17){
const err9 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/4/const",keyword:"const",params:{allowedValue: "pause_turn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs68 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs70 = errors;
if(typeof data17 !== "string"){
const err10 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("refusal" !== data17){
const err11 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/5/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs70 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs72 = errors;
if(typeof data17 !== "string"){
const err12 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("model_context_window_exceeded" !== data17){
const err13 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/6/const",keyword:"const",params:{allowedValue: "model_context_window_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs72 === errors;
valid18 = valid18 || _valid1;
}
}
}
}
}
}
if(!valid18){
const err14 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs57 === errors;
valid16 = valid16 || _valid0;
if(!valid16){
const _errs74 = errors;
if(data17 !== null){
const err15 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/oneOf/4/properties/delta/properties/stop_reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs74 === errors;
valid16 = valid16 || _valid0;
}
if(!valid16){
const err16 = {instancePath:instancePath+"/delta/stop_reason",schemaPath:"#/oneOf/4/properties/delta/properties/stop_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs55 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data16.stop_sequence !== undefined){
let data18 = data16.stop_sequence;
const _errs76 = errors;
const _errs77 = errors;
let valid19 = false;
const _errs78 = errors;
if(typeof data18 !== "string"){
const err17 = {instancePath:instancePath+"/delta/stop_sequence",schemaPath:"#/oneOf/4/properties/delta/properties/stop_sequence/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs78 === errors;
valid19 = valid19 || _valid2;
if(!valid19){
const _errs80 = errors;
if(data18 !== null){
const err18 = {instancePath:instancePath+"/delta/stop_sequence",schemaPath:"#/oneOf/4/properties/delta/properties/stop_sequence/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs80 === errors;
valid19 = valid19 || _valid2;
}
if(!valid19){
const err19 = {instancePath:instancePath+"/delta/stop_sequence",schemaPath:"#/oneOf/4/properties/delta/properties/stop_sequence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs76 === errors;
}
else {
var valid15 = true;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delta",schemaPath:"#/oneOf/4/properties/delta/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs52 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.usage !== undefined){
let data19 = data.usage;
const _errs82 = errors;
if(errors === _errs82){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing8;
if((data19.output_tokens === undefined) && (missing8 = "output_tokens")){
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/oneOf/4/properties/usage/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data19.output_tokens !== undefined){
let data20 = data19.output_tokens;
const _errs85 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate10.errors = [{instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/oneOf/4/properties/usage/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs85){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/oneOf/4/properties/usage/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/oneOf/4/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs82 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "message_stop"){
const _errs87 = errors;
if(errors === _errs87){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("message_stop" !== data21){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "message_stop"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "ping"){
const _errs92 = errors;
if(errors === _errs92){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data22 = data.type;
if(typeof data22 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ping" !== data22){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "ping"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "error"){
const _errs97 = errors;
if(errors === _errs97){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if(((data.type === undefined) && (missing11 = "type")) || ((data.error === undefined) && (missing11 = "error"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data23 = data.type;
const _errs100 = errors;
if(typeof data23 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("error" !== data23){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"}];
return false;
}
var valid26 = _errs100 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data.error !== undefined){
let data24 = data.error;
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing12;
if(((data24.type === undefined) && (missing12 = "type")) || ((data24.message === undefined) && (missing12 = "message"))){
validate10.errors = [{instancePath:instancePath+"/error",schemaPath:"#/$defs/AnthropicErrorObject/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data24.type !== undefined){
let data25 = data24.type;
const _errs106 = errors;
if(errors === _errs106){
if(typeof data25 === "string"){
if(func2(data25) > 512){
validate10.errors = [{instancePath:instancePath+"/error/type",schemaPath:"#/$defs/AnthropicErrorObject/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data25) < 1){
validate10.errors = [{instancePath:instancePath+"/error/type",schemaPath:"#/$defs/AnthropicErrorObject/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/error/type",schemaPath:"#/$defs/AnthropicErrorObject/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs106 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data24.message !== undefined){
const _errs108 = errors;
if(typeof data24.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/error/message",schemaPath:"#/$defs/AnthropicErrorObject/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid28 = _errs108 === errors;
}
else {
var valid28 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/error",schemaPath:"#/$defs/AnthropicErrorObject/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid26 = _errs102 === errors;
}
else {
var valid26 = true;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

