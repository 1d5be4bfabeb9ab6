// generated from specs/ — do not edit (npm run gen)
// Validator "openai-chat-completion-response" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","required":["id","object","created","model","choices"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"object":{"const":"chat.completion","type":"string"},"created":{"minimum":0,"type":"integer"},"model":{"maxLength":512,"type":"string"},"choices":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["index","message","finish_reason"],"properties":{"index":{"minimum":0,"type":"integer"},"message":{"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"assistant","type":"string"},"content":{"anyOf":[{"type":"string"},{"type":"null"}]},"refusal":{"anyOf":[{"type":"string"},{"type":"null"}]},"tool_calls":{"type":"array","items":{"$ref":"#/$defs/OpenAIToolCall"}}}},"logprobs":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"finish_reason":{"anyOf":[{"$ref":"#/$defs/OpenAIFinishReason"},{"type":"null"}]}}}},"usage":{"$ref":"#/$defs/OpenAIUsage"},"service_tier":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]},"system_fingerprint":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}},"$defs":{"OpenAIFinishReason":{"anyOf":[{"const":"stop","type":"string"},{"const":"length","type":"string"},{"const":"tool_calls","type":"string"},{"const":"content_filter","type":"string"},{"const":"function_call","type":"string"}]},"OpenAIToolCall":{"additionalProperties":true,"type":"object","required":["id","type","function"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name","arguments"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"arguments":{"type":"string"}}}}},"OpenAIUsage":{"additionalProperties":true,"type":"object","required":["prompt_tokens","completion_tokens","total_tokens"],"properties":{"prompt_tokens":{"minimum":0,"type":"integer"},"completion_tokens":{"minimum":0,"type":"integer"},"total_tokens":{"minimum":0,"type":"integer"},"prompt_tokens_details":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"cached_tokens":{"minimum":0,"type":"integer"},"audio_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]},"completion_tokens_details":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"reasoning_tokens":{"minimum":0,"type":"integer"},"audio_tokens":{"minimum":0,"type":"integer"},"accepted_prediction_tokens":{"minimum":0,"type":"integer"},"rejected_prediction_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]}}}}};
const schema12 = {"additionalProperties":true,"type":"object","required":["id","type","function"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name","arguments"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"arguments":{"type":"string"}}}}};
const schema13 = {"anyOf":[{"const":"stop","type":"string"},{"const":"length","type":"string"},{"const":"tool_calls","type":"string"},{"const":"content_filter","type":"string"},{"const":"function_call","type":"string"}]};
const schema14 = {"additionalProperties":true,"type":"object","required":["prompt_tokens","completion_tokens","total_tokens"],"properties":{"prompt_tokens":{"minimum":0,"type":"integer"},"completion_tokens":{"minimum":0,"type":"integer"},"total_tokens":{"minimum":0,"type":"integer"},"prompt_tokens_details":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"cached_tokens":{"minimum":0,"type":"integer"},"audio_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]},"completion_tokens_details":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"reasoning_tokens":{"minimum":0,"type":"integer"},"audio_tokens":{"minimum":0,"type":"integer"},"accepted_prediction_tokens":{"minimum":0,"type":"integer"},"rejected_prediction_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.object === undefined) && (missing0 = "object"))) || ((data.created === undefined) && (missing0 = "created"))) || ((data.model === undefined) && (missing0 = "model"))) || ((data.choices === undefined) && (missing0 = "choices"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object !== undefined){
let data1 = data.object;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate10.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("chat.completion" !== data1){
validate10.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "chat.completion"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.created !== undefined){
let data2 = data.created;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate10.errors = [{instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate10.errors = [{instancePath:instancePath+"/created",schemaPath:"#/properties/created/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.model !== undefined){
let data3 = data.model;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) > 512){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.choices !== undefined){
let data4 = data.choices;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((((data5.index === undefined) && (missing1 = "index")) || ((data5.message === undefined) && (missing1 = "message"))) || ((data5.finish_reason === undefined) && (missing1 = "finish_reason"))){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0,schemaPath:"#/properties/choices/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data5.index !== undefined){
let data6 = data5.index;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/index",schemaPath:"#/properties/choices/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/index",schemaPath:"#/properties/choices/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.message !== undefined){
let data7 = data5.message;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.role === undefined) && (missing2 = "role")) || ((data7.content === undefined) && (missing2 = "content"))){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message",schemaPath:"#/properties/choices/items/properties/message/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.role !== undefined){
let data8 = data7.role;
const _errs20 = errors;
if(typeof data8 !== "string"){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/role",schemaPath:"#/properties/choices/items/properties/message/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("assistant" !== data8){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/role",schemaPath:"#/properties/choices/items/properties/message/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.content !== undefined){
let data9 = data7.content;
const _errs22 = errors;
const _errs23 = errors;
let valid4 = false;
const _errs24 = errors;
if(typeof data9 !== "string"){
const err0 = {instancePath:instancePath+"/choices/" + i0+"/message/content",schemaPath:"#/properties/choices/items/properties/message/properties/content/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs26 = errors;
if(data9 !== null){
const err1 = {instancePath:instancePath+"/choices/" + i0+"/message/content",schemaPath:"#/properties/choices/items/properties/message/properties/content/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err2 = {instancePath:instancePath+"/choices/" + i0+"/message/content",schemaPath:"#/properties/choices/items/properties/message/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.refusal !== undefined){
let data10 = data7.refusal;
const _errs28 = errors;
const _errs29 = errors;
let valid5 = false;
const _errs30 = errors;
if(typeof data10 !== "string"){
const err3 = {instancePath:instancePath+"/choices/" + i0+"/message/refusal",schemaPath:"#/properties/choices/items/properties/message/properties/refusal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs32 = errors;
if(data10 !== null){
const err4 = {instancePath:instancePath+"/choices/" + i0+"/message/refusal",schemaPath:"#/properties/choices/items/properties/message/properties/refusal/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/choices/" + i0+"/message/refusal",schemaPath:"#/properties/choices/items/properties/message/properties/refusal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.tool_calls !== undefined){
let data11 = data7.tool_calls;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data11)){
var valid6 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((((data12.id === undefined) && (missing3 = "id")) || ((data12.type === undefined) && (missing3 = "type"))) || ((data12.function === undefined) && (missing3 = "function"))){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1,schemaPath:"#/$defs/OpenAIToolCall/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data12.id !== undefined){
let data13 = data12.id;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data13 === "string"){
if(func2(data13) > 512){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data13) < 1){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.type !== undefined){
let data14 = data12.type;
const _errs42 = errors;
if(typeof data14 !== "string"){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/type",schemaPath:"#/$defs/OpenAIToolCall/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("function" !== data14){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/type",schemaPath:"#/$defs/OpenAIToolCall/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.function !== undefined){
let data15 = data12.function;
const _errs44 = errors;
if(errors === _errs44){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if(((data15.name === undefined) && (missing4 = "name")) || ((data15.arguments === undefined) && (missing4 = "arguments"))){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function",schemaPath:"#/$defs/OpenAIToolCall/properties/function/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data15.name !== undefined){
let data16 = data15.name;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data16 === "string"){
if(func2(data16) > 512){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data16) < 1){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs47 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.arguments !== undefined){
const _errs49 = errors;
if(typeof data15.arguments !== "string"){
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function/arguments",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1+"/function",schemaPath:"#/$defs/OpenAIToolCall/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls/" + i1,schemaPath:"#/$defs/OpenAIToolCall/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs36 === errors;
if(!valid6){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message/tool_calls",schemaPath:"#/properties/choices/items/properties/message/properties/tool_calls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0+"/message",schemaPath:"#/properties/choices/items/properties/message/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.logprobs !== undefined){
let data18 = data5.logprobs;
const _errs51 = errors;
const _errs52 = errors;
let valid10 = false;
const _errs53 = errors;
if(errors === _errs53){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
}
else {
const err6 = {instancePath:instancePath+"/choices/" + i0+"/logprobs",schemaPath:"#/properties/choices/items/properties/logprobs/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid2 = _errs53 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs56 = errors;
if(data18 !== null){
const err7 = {instancePath:instancePath+"/choices/" + i0+"/logprobs",schemaPath:"#/properties/choices/items/properties/logprobs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs56 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err8 = {instancePath:instancePath+"/choices/" + i0+"/logprobs",schemaPath:"#/properties/choices/items/properties/logprobs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.finish_reason !== undefined){
let data19 = data5.finish_reason;
const _errs58 = errors;
const _errs59 = errors;
let valid11 = false;
const _errs60 = errors;
const _errs62 = errors;
let valid13 = false;
const _errs63 = errors;
if(typeof data19 !== "string"){
const err9 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("stop" !== data19){
const err10 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/0/const",keyword:"const",params:{allowedValue: "stop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid4 = _errs63 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs65 = errors;
if(typeof data19 !== "string"){
const err11 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("length" !== data19){
const err12 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/1/const",keyword:"const",params:{allowedValue: "length"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid4 = _errs65 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs67 = errors;
if(typeof data19 !== "string"){
const err13 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("tool_calls" !== data19){
const err14 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/2/const",keyword:"const",params:{allowedValue: "tool_calls"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs67 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs69 = errors;
if(typeof data19 !== "string"){
const err15 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("content_filter" !== data19){
const err16 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/3/const",keyword:"const",params:{allowedValue: "content_filter"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs69 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs71 = errors;
if(typeof data19 !== "string"){
const err17 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("function_call" !== data19){
const err18 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf/4/const",keyword:"const",params:{allowedValue: "function_call"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs71 === errors;
valid13 = valid13 || _valid4;
}
}
}
}
if(!valid13){
const err19 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/$defs/OpenAIFinishReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
var _valid3 = _errs60 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs73 = errors;
if(data19 !== null){
const err20 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/properties/choices/items/properties/finish_reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs73 === errors;
valid11 = valid11 || _valid3;
}
if(!valid11){
const err21 = {instancePath:instancePath+"/choices/" + i0+"/finish_reason",schemaPath:"#/properties/choices/items/properties/finish_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
validate10.errors = vErrors;
return false;
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
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices/" + i0,schemaPath:"#/properties/choices/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.usage !== undefined){
let data20 = data.usage;
const _errs75 = errors;
const _errs76 = errors;
if(errors === _errs76){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing5;
if((((data20.prompt_tokens === undefined) && (missing5 = "prompt_tokens")) || ((data20.completion_tokens === undefined) && (missing5 = "completion_tokens"))) || ((data20.total_tokens === undefined) && (missing5 = "total_tokens"))){
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/$defs/OpenAIUsage/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data20.prompt_tokens !== undefined){
let data21 = data20.prompt_tokens;
const _errs79 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate10.errors = [{instancePath:instancePath+"/usage/prompt_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs79){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/usage/prompt_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid15 = _errs79 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.completion_tokens !== undefined){
let data22 = data20.completion_tokens;
const _errs81 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate10.errors = [{instancePath:instancePath+"/usage/completion_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs81){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
validate10.errors = [{instancePath:instancePath+"/usage/completion_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid15 = _errs81 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.total_tokens !== undefined){
let data23 = data20.total_tokens;
const _errs83 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate10.errors = [{instancePath:instancePath+"/usage/total_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/total_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs83){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
validate10.errors = [{instancePath:instancePath+"/usage/total_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/total_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid15 = _errs83 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.prompt_tokens_details !== undefined){
let data24 = data20.prompt_tokens_details;
const _errs85 = errors;
const _errs86 = errors;
let valid16 = false;
const _errs87 = errors;
if(errors === _errs87){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.cached_tokens !== undefined){
let data25 = data24.cached_tokens;
const _errs90 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err22 = {instancePath:instancePath+"/usage/prompt_tokens_details/cached_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/0/properties/cached_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors === _errs90){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err23 = {instancePath:instancePath+"/usage/prompt_tokens_details/cached_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/0/properties/cached_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
var valid17 = _errs90 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data24.audio_tokens !== undefined){
let data26 = data24.audio_tokens;
const _errs92 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err24 = {instancePath:instancePath+"/usage/prompt_tokens_details/audio_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/0/properties/audio_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(errors === _errs92){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err25 = {instancePath:instancePath+"/usage/prompt_tokens_details/audio_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/0/properties/audio_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
var valid17 = _errs92 === errors;
}
else {
var valid17 = true;
}
}
}
else {
const err26 = {instancePath:instancePath+"/usage/prompt_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid5 = _errs87 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs94 = errors;
if(data24 !== null){
const err27 = {instancePath:instancePath+"/usage/prompt_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs94 === errors;
valid16 = valid16 || _valid5;
}
if(!valid16){
const err28 = {instancePath:instancePath+"/usage/prompt_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/prompt_tokens_details/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs85 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data20.completion_tokens_details !== undefined){
let data27 = data20.completion_tokens_details;
const _errs96 = errors;
const _errs97 = errors;
let valid18 = false;
const _errs98 = errors;
if(errors === _errs98){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.reasoning_tokens !== undefined){
let data28 = data27.reasoning_tokens;
const _errs101 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err29 = {instancePath:instancePath+"/usage/completion_tokens_details/reasoning_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/reasoning_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(errors === _errs101){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err30 = {instancePath:instancePath+"/usage/completion_tokens_details/reasoning_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/reasoning_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
var valid19 = _errs101 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data27.audio_tokens !== undefined){
let data29 = data27.audio_tokens;
const _errs103 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err31 = {instancePath:instancePath+"/usage/completion_tokens_details/audio_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/audio_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(errors === _errs103){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err32 = {instancePath:instancePath+"/usage/completion_tokens_details/audio_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/audio_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var valid19 = _errs103 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data27.accepted_prediction_tokens !== undefined){
let data30 = data27.accepted_prediction_tokens;
const _errs105 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err33 = {instancePath:instancePath+"/usage/completion_tokens_details/accepted_prediction_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/accepted_prediction_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(errors === _errs105){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err34 = {instancePath:instancePath+"/usage/completion_tokens_details/accepted_prediction_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/accepted_prediction_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
var valid19 = _errs105 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data27.rejected_prediction_tokens !== undefined){
let data31 = data27.rejected_prediction_tokens;
const _errs107 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err35 = {instancePath:instancePath+"/usage/completion_tokens_details/rejected_prediction_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/rejected_prediction_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(errors === _errs107){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err36 = {instancePath:instancePath+"/usage/completion_tokens_details/rejected_prediction_tokens",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/properties/rejected_prediction_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
var valid19 = _errs107 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/usage/completion_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var _valid6 = _errs98 === errors;
valid18 = valid18 || _valid6;
if(!valid18){
const _errs109 = errors;
if(data27 !== null){
const err38 = {instancePath:instancePath+"/usage/completion_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid6 = _errs109 === errors;
valid18 = valid18 || _valid6;
}
if(!valid18){
const err39 = {instancePath:instancePath+"/usage/completion_tokens_details",schemaPath:"#/$defs/OpenAIUsage/properties/completion_tokens_details/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs97;
if(vErrors !== null){
if(_errs97){
vErrors.length = _errs97;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs96 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/$defs/OpenAIUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data32 = data.service_tier;
const _errs111 = errors;
const _errs112 = errors;
let valid20 = false;
const _errs113 = errors;
if(errors === _errs113){
if(typeof data32 === "string"){
if(func2(data32) > 512){
const err40 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid7 = _errs113 === errors;
valid20 = valid20 || _valid7;
if(!valid20){
const _errs115 = errors;
if(data32 !== null){
const err42 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid7 = _errs115 === errors;
valid20 = valid20 || _valid7;
}
if(!valid20){
const err43 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.system_fingerprint !== undefined){
let data33 = data.system_fingerprint;
const _errs117 = errors;
const _errs118 = errors;
let valid21 = false;
const _errs119 = errors;
if(errors === _errs119){
if(typeof data33 === "string"){
if(func2(data33) > 512){
const err44 = {instancePath:instancePath+"/system_fingerprint",schemaPath:"#/properties/system_fingerprint/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/system_fingerprint",schemaPath:"#/properties/system_fingerprint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var _valid8 = _errs119 === errors;
valid21 = valid21 || _valid8;
if(!valid21){
const _errs121 = errors;
if(data33 !== null){
const err46 = {instancePath:instancePath+"/system_fingerprint",schemaPath:"#/properties/system_fingerprint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid8 = _errs121 === errors;
valid21 = valid21 || _valid8;
}
if(!valid21){
const err47 = {instancePath:instancePath+"/system_fingerprint",schemaPath:"#/properties/system_fingerprint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs117 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
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

