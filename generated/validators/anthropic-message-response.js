// generated from specs/ — do not edit (npm run gen)
// Validator "anthropic-message-response" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","required":["id","type","role","model","content","stop_reason","usage"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"type":{"const":"message","type":"string"},"role":{"const":"assistant","type":"string"},"model":{"maxLength":512,"type":"string"},"content":{"type":"array","items":{"$ref":"#/$defs/AnthropicResponseContentBlock"}},"stop_reason":{"anyOf":[{"$ref":"#/$defs/AnthropicStopReason"},{"type":"null"}]},"stop_sequence":{"anyOf":[{"type":"string"},{"type":"null"}]},"usage":{"$ref":"#/$defs/AnthropicUsage"}},"$defs":{"AnthropicResponseContentBlock":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"}}},"AnthropicStopReason":{"anyOf":[{"const":"end_turn","type":"string"},{"const":"max_tokens","type":"string"},{"const":"stop_sequence","type":"string"},{"const":"tool_use","type":"string"},{"const":"pause_turn","type":"string"},{"const":"refusal","type":"string"},{"const":"model_context_window_exceeded","type":"string"}]},"AnthropicUsage":{"additionalProperties":true,"type":"object","required":["input_tokens","output_tokens"],"properties":{"input_tokens":{"minimum":0,"type":"integer"},"output_tokens":{"minimum":0,"type":"integer"},"cache_creation_input_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"cache_read_input_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"cache_creation":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"ephemeral_5m_input_tokens":{"minimum":0,"type":"integer"},"ephemeral_1h_input_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]},"server_tool_use":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"service_tier":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}}}}};
const schema12 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"}}};
const schema13 = {"anyOf":[{"const":"end_turn","type":"string"},{"const":"max_tokens","type":"string"},{"const":"stop_sequence","type":"string"},{"const":"tool_use","type":"string"},{"const":"pause_turn","type":"string"},{"const":"refusal","type":"string"},{"const":"model_context_window_exceeded","type":"string"}]};
const schema14 = {"additionalProperties":true,"type":"object","required":["input_tokens","output_tokens"],"properties":{"input_tokens":{"minimum":0,"type":"integer"},"output_tokens":{"minimum":0,"type":"integer"},"cache_creation_input_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"cache_read_input_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"cache_creation":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"ephemeral_5m_input_tokens":{"minimum":0,"type":"integer"},"ephemeral_1h_input_tokens":{"minimum":0,"type":"integer"}}},{"type":"null"}]},"server_tool_use":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"service_tier":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.role === undefined) && (missing0 = "role"))) || ((data.model === undefined) && (missing0 = "model"))) || ((data.content === undefined) && (missing0 = "content"))) || ((data.stop_reason === undefined) && (missing0 = "stop_reason"))) || ((data.usage === undefined) && (missing0 = "usage"))){
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
if(data.type !== undefined){
let data1 = data.type;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("message" !== data1){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data2 = data.role;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate10.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("assistant" !== data2){
validate10.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
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
if(data.content !== undefined){
let data4 = data.content;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
validate10.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/AnthropicResponseContentBlock/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data5.type !== undefined){
let data6 = data5.type;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(func2(data6) > 512){
validate10.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate10.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/AnthropicResponseContentBlock/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/AnthropicResponseContentBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate10.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop_reason !== undefined){
let data7 = data.stop_reason;
const _errs18 = errors;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
const _errs22 = errors;
let valid6 = false;
const _errs23 = errors;
if(typeof data7 !== "string"){
const err0 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("end_turn" !== data7){
const err1 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/0/const",keyword:"const",params:{allowedValue: "end_turn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs25 = errors;
if(typeof data7 !== "string"){
const err2 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("max_tokens" !== data7){
const err3 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/1/const",keyword:"const",params:{allowedValue: "max_tokens"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs27 = errors;
if(typeof data7 !== "string"){
const err4 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("stop_sequence" !== data7){
const err5 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/2/const",keyword:"const",params:{allowedValue: "stop_sequence"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs29 = errors;
if(typeof data7 !== "string"){
const err6 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("tool_use" !== data7){
const err7 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/3/const",keyword:"const",params:{allowedValue: "tool_use"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs31 = errors;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("pause_turn" !== data7){
const err9 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/4/const",keyword:"const",params:{allowedValue: "pause_turn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs33 = errors;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("refusal" !== data7){
const err11 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/5/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs35 = errors;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("model_context_window_exceeded" !== data7){
const err13 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf/6/const",keyword:"const",params:{allowedValue: "model_context_window_exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs35 === errors;
valid6 = valid6 || _valid1;
}
}
}
}
}
}
if(!valid6){
const err14 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/$defs/AnthropicStopReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs20 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs37 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/properties/stop_reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs37 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err16 = {instancePath:instancePath+"/stop_reason",schemaPath:"#/properties/stop_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop_sequence !== undefined){
let data8 = data.stop_sequence;
const _errs39 = errors;
const _errs40 = errors;
let valid7 = false;
const _errs41 = errors;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/stop_sequence",schemaPath:"#/properties/stop_sequence/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs43 = errors;
if(data8 !== null){
const err18 = {instancePath:instancePath+"/stop_sequence",schemaPath:"#/properties/stop_sequence/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs43 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err19 = {instancePath:instancePath+"/stop_sequence",schemaPath:"#/properties/stop_sequence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.usage !== undefined){
let data9 = data.usage;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((data9.input_tokens === undefined) && (missing2 = "input_tokens")) || ((data9.output_tokens === undefined) && (missing2 = "output_tokens"))){
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/$defs/AnthropicUsage/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data9.input_tokens !== undefined){
let data10 = data9.input_tokens;
const _errs49 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate10.errors = [{instancePath:instancePath+"/usage/input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/usage/input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.output_tokens !== undefined){
let data11 = data9.output_tokens;
const _errs51 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs51){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.cache_creation_input_tokens !== undefined){
let data12 = data9.cache_creation_input_tokens;
const _errs53 = errors;
const _errs54 = errors;
let valid10 = false;
const _errs55 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err20 = {instancePath:instancePath+"/usage/cache_creation_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation_input_tokens/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors === _errs55){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/usage/cache_creation_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation_input_tokens/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
var _valid3 = _errs55 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs57 = errors;
if(data12 !== null){
const err22 = {instancePath:instancePath+"/usage/cache_creation_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation_input_tokens/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs57 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err23 = {instancePath:instancePath+"/usage/cache_creation_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation_input_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs53 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.cache_read_input_tokens !== undefined){
let data13 = data9.cache_read_input_tokens;
const _errs59 = errors;
const _errs60 = errors;
let valid11 = false;
const _errs61 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/usage/cache_read_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_read_input_tokens/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(errors === _errs61){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/usage/cache_read_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_read_input_tokens/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var _valid4 = _errs61 === errors;
valid11 = valid11 || _valid4;
if(!valid11){
const _errs63 = errors;
if(data13 !== null){
const err26 = {instancePath:instancePath+"/usage/cache_read_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_read_input_tokens/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs63 === errors;
valid11 = valid11 || _valid4;
}
if(!valid11){
const err27 = {instancePath:instancePath+"/usage/cache_read_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_read_input_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs59 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.cache_creation !== undefined){
let data14 = data9.cache_creation;
const _errs65 = errors;
const _errs66 = errors;
let valid12 = false;
const _errs67 = errors;
if(errors === _errs67){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.ephemeral_5m_input_tokens !== undefined){
let data15 = data14.ephemeral_5m_input_tokens;
const _errs70 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err28 = {instancePath:instancePath+"/usage/cache_creation/ephemeral_5m_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/0/properties/ephemeral_5m_input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(errors === _errs70){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err29 = {instancePath:instancePath+"/usage/cache_creation/ephemeral_5m_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/0/properties/ephemeral_5m_input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
var valid13 = _errs70 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data14.ephemeral_1h_input_tokens !== undefined){
let data16 = data14.ephemeral_1h_input_tokens;
const _errs72 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err30 = {instancePath:instancePath+"/usage/cache_creation/ephemeral_1h_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/0/properties/ephemeral_1h_input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(errors === _errs72){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err31 = {instancePath:instancePath+"/usage/cache_creation/ephemeral_1h_input_tokens",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/0/properties/ephemeral_1h_input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
var valid13 = _errs72 === errors;
}
else {
var valid13 = true;
}
}
}
else {
const err32 = {instancePath:instancePath+"/usage/cache_creation",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var _valid5 = _errs67 === errors;
valid12 = valid12 || _valid5;
if(!valid12){
const _errs74 = errors;
if(data14 !== null){
const err33 = {instancePath:instancePath+"/usage/cache_creation",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid5 = _errs74 === errors;
valid12 = valid12 || _valid5;
}
if(!valid12){
const err34 = {instancePath:instancePath+"/usage/cache_creation",schemaPath:"#/$defs/AnthropicUsage/properties/cache_creation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs65 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.server_tool_use !== undefined){
let data17 = data9.server_tool_use;
const _errs76 = errors;
const _errs77 = errors;
let valid14 = false;
const _errs78 = errors;
if(errors === _errs78){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err35 = {instancePath:instancePath+"/usage/server_tool_use",schemaPath:"#/$defs/AnthropicUsage/properties/server_tool_use/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var _valid6 = _errs78 === errors;
valid14 = valid14 || _valid6;
if(!valid14){
const _errs81 = errors;
if(data17 !== null){
const err36 = {instancePath:instancePath+"/usage/server_tool_use",schemaPath:"#/$defs/AnthropicUsage/properties/server_tool_use/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid6 = _errs81 === errors;
valid14 = valid14 || _valid6;
}
if(!valid14){
const err37 = {instancePath:instancePath+"/usage/server_tool_use",schemaPath:"#/$defs/AnthropicUsage/properties/server_tool_use/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
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
var valid9 = _errs76 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data9.service_tier !== undefined){
let data18 = data9.service_tier;
const _errs83 = errors;
const _errs84 = errors;
let valid15 = false;
const _errs85 = errors;
if(errors === _errs85){
if(typeof data18 === "string"){
if(func2(data18) > 512){
const err38 = {instancePath:instancePath+"/usage/service_tier",schemaPath:"#/$defs/AnthropicUsage/properties/service_tier/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/usage/service_tier",schemaPath:"#/$defs/AnthropicUsage/properties/service_tier/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var _valid7 = _errs85 === errors;
valid15 = valid15 || _valid7;
if(!valid15){
const _errs87 = errors;
if(data18 !== null){
const err40 = {instancePath:instancePath+"/usage/service_tier",schemaPath:"#/$defs/AnthropicUsage/properties/service_tier/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid7 = _errs87 === errors;
valid15 = valid15 || _valid7;
}
if(!valid15){
const err41 = {instancePath:instancePath+"/usage/service_tier",schemaPath:"#/$defs/AnthropicUsage/properties/service_tier/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs83 === errors;
}
else {
var valid9 = true;
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
validate10.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/$defs/AnthropicUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
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

