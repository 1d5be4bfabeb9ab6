// generated from specs/ — do not edit (npm run gen)
// Validator "openai-chat-request" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","required":["model","messages"],"properties":{"model":{"minLength":1,"maxLength":256,"type":"string"},"messages":{"maxItems":100000,"type":"array","items":{"$ref":"#/$defs/OpenAIChatMessage"}},"tools":{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITool"}},"tool_choice":{"$ref":"#/$defs/OpenAIToolChoice"},"parallel_tool_calls":{"anyOf":[{"type":"boolean"},{"type":"null"}]},"stop":{"anyOf":[{"anyOf":[{"maxItems":64,"type":"array","items":{"type":"string"}},{"type":"string"}]},{"type":"null"}]},"max_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"max_completion_tokens":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}]},"temperature":{"anyOf":[{"minimum":0,"maximum":2,"type":"number"},{"type":"null"}]},"top_p":{"anyOf":[{"minimum":0,"maximum":1,"type":"number"},{"type":"null"}]},"n":{"anyOf":[{"minimum":1,"maximum":128,"type":"integer"},{"type":"null"}]},"user":{"maxLength":512,"type":"string"},"response_format":{"$ref":"#/$defs/OpenAIResponseFormat"},"reasoning_effort":{"anyOf":[{"$ref":"#/$defs/OpenAIReasoningEffort"},{"type":"null"}]},"stream":{"anyOf":[{"type":"boolean"},{"type":"null"}]},"stream_options":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"include_usage":{"type":"boolean"},"include_obfuscation":{"type":"boolean"}}},{"type":"null"}]},"thinking":{"$ref":"#/$defs/OpenAIThinkingExtension"},"seed":{"anyOf":[{"type":"integer"},{"type":"null"}]},"presence_penalty":{"anyOf":[{"minimum":-2,"maximum":2,"type":"number"},{"type":"null"}]},"frequency_penalty":{"anyOf":[{"minimum":-2,"maximum":2,"type":"number"},{"type":"null"}]},"logit_bias":{"anyOf":[{"type":"object","patternProperties":{"^(.*)$":{"type":"number"}}},{"type":"null"}]},"logprobs":{"anyOf":[{"type":"boolean"},{"type":"null"}]},"top_logprobs":{"anyOf":[{"minimum":0,"maximum":20,"type":"integer"},{"type":"null"}]},"metadata":{"anyOf":[{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},{"type":"null"}]},"store":{"anyOf":[{"type":"boolean"},{"type":"null"}]},"service_tier":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}},"$defs":{"OpenAIAssistantMessage":{"additionalProperties":true,"type":"object","required":["role"],"properties":{"role":{"const":"assistant","type":"string"},"content":{"anyOf":[{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAITextPart"},{"$ref":"#/$defs/OpenAIRefusalPart"}]}},{"type":"string"}]},{"type":"null"}]},"refusal":{"anyOf":[{"type":"string"},{"type":"null"}]},"tool_calls":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAIToolCall"}},{"type":"null"}]},"name":{"maxLength":512,"type":"string"}}},"OpenAIChatMessage":{"type":"object","required":["role"],"properties":{"role":{"type":"string"}},"discriminator":{"propertyName":"role"},"oneOf":[{"$ref":"#/$defs/OpenAISystemMessage"},{"$ref":"#/$defs/OpenAIDeveloperMessage"},{"$ref":"#/$defs/OpenAIUserMessage"},{"$ref":"#/$defs/OpenAIAssistantMessage"},{"$ref":"#/$defs/OpenAIToolMessage"}]},"OpenAICustomTool":{"additionalProperties":true,"type":"object","required":["type","custom"],"properties":{"type":{"const":"custom","type":"string"},"custom":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"}}}}},"OpenAIDeveloperMessage":{"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"developer","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}},"OpenAIFilePart":{"additionalProperties":true,"type":"object","required":["type","file"],"properties":{"type":{"const":"file","type":"string"},"file":{"additionalProperties":true,"type":"object","properties":{"file_id":{"maxLength":512,"type":"string"},"file_data":{"type":"string"},"filename":{"maxLength":512,"type":"string"}}}}},"OpenAIFunctionTool":{"additionalProperties":true,"type":"object","required":["type","function"],"properties":{"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"parameters":{"additionalProperties":true,"type":"object","properties":{}},"strict":{"anyOf":[{"type":"boolean"},{"type":"null"}]}}}}},"OpenAIImageUrlPart":{"additionalProperties":true,"type":"object","required":["type","image_url"],"properties":{"type":{"const":"image_url","type":"string"},"image_url":{"additionalProperties":true,"type":"object","required":["url"],"properties":{"url":{"minLength":1,"type":"string"},"detail":{"anyOf":[{"const":"auto","type":"string"},{"const":"low","type":"string"},{"const":"high","type":"string"}]}}}}},"OpenAIInputAudioPart":{"additionalProperties":true,"type":"object","required":["type","input_audio"],"properties":{"type":{"const":"input_audio","type":"string"},"input_audio":{"additionalProperties":true,"type":"object","required":["data","format"],"properties":{"data":{"type":"string"},"format":{"anyOf":[{"const":"wav","type":"string"},{"const":"mp3","type":"string"}]}}}}},"OpenAIReasoningEffort":{"anyOf":[{"const":"none","type":"string"},{"const":"minimal","type":"string"},{"const":"low","type":"string"},{"const":"medium","type":"string"},{"const":"high","type":"string"},{"const":"xhigh","type":"string"}]},"OpenAIRefusalPart":{"additionalProperties":true,"type":"object","required":["type","refusal"],"properties":{"type":{"const":"refusal","type":"string"},"refusal":{"type":"string"}}},"OpenAIResponseFormat":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"text","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"json_object","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","json_schema"],"properties":{"type":{"const":"json_schema","type":"string"},"json_schema":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"schema":{"additionalProperties":true,"type":"object","properties":{}},"strict":{"anyOf":[{"type":"boolean"},{"type":"null"}]}}}}}]},"OpenAISystemMessage":{"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"system","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}},"OpenAITextPart":{"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text","type":"string"},"text":{"type":"string"}}},"OpenAIThinkingExtension":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"enabled","type":"string"},{"const":"disabled","type":"string"},{"const":"adaptive","type":"string"}]},"budget_tokens":{"minimum":0,"type":"integer"}}},"OpenAITool":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAIFunctionTool"},{"$ref":"#/$defs/OpenAICustomTool"}]},"OpenAIToolCall":{"additionalProperties":true,"type":"object","required":["id","type","function"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name","arguments"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"arguments":{"type":"string"}}}}},"OpenAIToolChoice":{"anyOf":[{"const":"none","type":"string"},{"const":"auto","type":"string"},{"const":"required","type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","function"],"properties":{"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"}}}}},{"additionalProperties":true,"type":"object","required":["type","custom"],"properties":{"type":{"const":"custom","type":"string"},"custom":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"}}}}},{"additionalProperties":true,"type":"object","required":["type","allowed_tools"],"properties":{"type":{"const":"allowed_tools","type":"string"},"allowed_tools":{"additionalProperties":true,"type":"object","properties":{}}}}]}]},"OpenAIToolMessage":{"additionalProperties":true,"type":"object","required":["role","content","tool_call_id"],"properties":{"role":{"const":"tool","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"tool_call_id":{"maxLength":512,"minLength":1,"type":"string"}}},"OpenAIUserMessage":{"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"user","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAITextPart"},{"$ref":"#/$defs/OpenAIImageUrlPart"},{"$ref":"#/$defs/OpenAIFilePart"},{"$ref":"#/$defs/OpenAIInputAudioPart"}]}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}}}};
const schema31 = {"anyOf":[{"const":"none","type":"string"},{"const":"auto","type":"string"},{"const":"required","type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","function"],"properties":{"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"}}}}},{"additionalProperties":true,"type":"object","required":["type","custom"],"properties":{"type":{"const":"custom","type":"string"},"custom":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"}}}}},{"additionalProperties":true,"type":"object","required":["type","allowed_tools"],"properties":{"type":{"const":"allowed_tools","type":"string"},"allowed_tools":{"additionalProperties":true,"type":"object","properties":{}}}}]}]};
const schema32 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"text","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"json_object","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","json_schema"],"properties":{"type":{"const":"json_schema","type":"string"},"json_schema":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"schema":{"additionalProperties":true,"type":"object","properties":{}},"strict":{"anyOf":[{"type":"boolean"},{"type":"null"}]}}}}}]};
const schema33 = {"anyOf":[{"const":"none","type":"string"},{"const":"minimal","type":"string"},{"const":"low","type":"string"},{"const":"medium","type":"string"},{"const":"high","type":"string"},{"const":"xhigh","type":"string"}]};
const schema34 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"enabled","type":"string"},{"const":"disabled","type":"string"},{"const":"adaptive","type":"string"}]},"budget_tokens":{"minimum":0,"type":"integer"}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;
const schema12 = {"type":"object","required":["role"],"properties":{"role":{"type":"string"}},"discriminator":{"propertyName":"role"},"oneOf":[{"$ref":"#/$defs/OpenAISystemMessage"},{"$ref":"#/$defs/OpenAIDeveloperMessage"},{"$ref":"#/$defs/OpenAIUserMessage"},{"$ref":"#/$defs/OpenAIAssistantMessage"},{"$ref":"#/$defs/OpenAIToolMessage"}]};
const schema13 = {"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"system","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}};
const schema14 = {"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text","type":"string"},"text":{"type":"string"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate12.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("system" !== data0){
validate12.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "system"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("text" !== data3){
const err3 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
const _errs14 = errors;
if(typeof data2.text !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/OpenAITextPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate12.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data5 = data.name;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func2(data5) > 512){
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema15 = {"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"developer","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate13.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("developer" !== data0){
validate13.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "developer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("text" !== data3){
const err3 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
const _errs14 = errors;
if(typeof data2.text !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/OpenAITextPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate13.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data5 = data.name;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func2(data5) > 512){
validate13.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

const schema17 = {"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"const":"user","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAITextPart"},{"$ref":"#/$defs/OpenAIImageUrlPart"},{"$ref":"#/$defs/OpenAIFilePart"},{"$ref":"#/$defs/OpenAIInputAudioPart"}]}},{"type":"string"}]},"name":{"maxLength":512,"type":"string"}}};
const schema19 = {"additionalProperties":true,"type":"object","required":["type","image_url"],"properties":{"type":{"const":"image_url","type":"string"},"image_url":{"additionalProperties":true,"type":"object","required":["url"],"properties":{"url":{"minLength":1,"type":"string"},"detail":{"anyOf":[{"const":"auto","type":"string"},{"const":"low","type":"string"},{"const":"high","type":"string"}]}}}}};
const schema20 = {"additionalProperties":true,"type":"object","required":["type","file"],"properties":{"type":{"const":"file","type":"string"},"file":{"additionalProperties":true,"type":"object","properties":{"file_id":{"maxLength":512,"type":"string"},"file_data":{"type":"string"},"filename":{"maxLength":512,"type":"string"}}}}};
const schema21 = {"additionalProperties":true,"type":"object","required":["type","input_audio"],"properties":{"type":{"const":"input_audio","type":"string"},"input_audio":{"additionalProperties":true,"type":"object","required":["data","format"],"properties":{"data":{"type":"string"},"format":{"anyOf":[{"const":"wav","type":"string"},{"const":"mp3","type":"string"}]}}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate14.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("user" !== data0){
validate14.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "user"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
const _errs11 = errors;
if(typeof data2.type !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/anyOf/0/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
const tag0 = data2.type;
if(typeof tag0 == "string"){
if(tag0 === "text"){
const _errs14 = errors;
if(errors === _errs14){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((data2.type === undefined) && (missing2 = "type")) || ((data2.text === undefined) && (missing2 = "text"))){
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data2.type !== undefined){
let data4 = data2.type;
const _errs17 = errors;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("text" !== data4){
const err5 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid7 = _errs17 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.text !== undefined){
const _errs19 = errors;
if(typeof data2.text !== "string"){
const err6 = {instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/OpenAITextPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else if(tag0 === "image_url"){
const _errs22 = errors;
if(errors === _errs22){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if(((data2.type === undefined) && (missing3 = "type")) || ((data2.image_url === undefined) && (missing3 = "image_url"))){
const err8 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIImageUrlPart/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data2.type !== undefined){
let data6 = data2.type;
const _errs25 = errors;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("image_url" !== data6){
const err10 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/type/const",keyword:"const",params:{allowedValue: "image_url"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid10 = _errs25 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data2.image_url !== undefined){
let data7 = data2.image_url;
const _errs27 = errors;
if(errors === _errs27){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing4;
if((data7.url === undefined) && (missing4 = "url")){
const err11 = {instancePath:instancePath+"/content/" + i0+"/image_url",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data7.url !== undefined){
let data8 = data7.url;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err12 = {instancePath:instancePath+"/content/" + i0+"/image_url/url",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/content/" + i0+"/image_url/url",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid11 = _errs30 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.detail !== undefined){
let data9 = data7.detail;
const _errs32 = errors;
const _errs33 = errors;
let valid12 = false;
const _errs34 = errors;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("auto" !== data9){
const err15 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/0/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs34 === errors;
valid12 = valid12 || _valid1;
if(!valid12){
const _errs36 = errors;
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("low" !== data9){
const err17 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/1/const",keyword:"const",params:{allowedValue: "low"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs36 === errors;
valid12 = valid12 || _valid1;
if(!valid12){
const _errs38 = errors;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("high" !== data9){
const err19 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf/2/const",keyword:"const",params:{allowedValue: "high"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid12 = valid12 || _valid1;
}
}
if(!valid12){
const err20 = {instancePath:instancePath+"/content/" + i0+"/image_url/detail",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/properties/detail/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/content/" + i0+"/image_url",schemaPath:"#/$defs/OpenAIImageUrlPart/properties/image_url/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid10 = _errs27 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIImageUrlPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else if(tag0 === "file"){
const _errs41 = errors;
if(errors === _errs41){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing5;
if(((data2.type === undefined) && (missing5 = "type")) || ((data2.file === undefined) && (missing5 = "file"))){
const err23 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIFilePart/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data2.type !== undefined){
let data10 = data2.type;
const _errs44 = errors;
if(typeof data10 !== "string"){
const err24 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIFilePart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if("file" !== data10){
const err25 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIFilePart/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid15 = _errs44 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data2.file !== undefined){
let data11 = data2.file;
const _errs46 = errors;
if(errors === _errs46){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.file_id !== undefined){
let data12 = data11.file_id;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data12 === "string"){
if(func2(data12) > 512){
const err26 = {instancePath:instancePath+"/content/" + i0+"/file/file_id",schemaPath:"#/$defs/OpenAIFilePart/properties/file/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/content/" + i0+"/file/file_id",schemaPath:"#/$defs/OpenAIFilePart/properties/file/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid16 = _errs49 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data11.file_data !== undefined){
const _errs51 = errors;
if(typeof data11.file_data !== "string"){
const err28 = {instancePath:instancePath+"/content/" + i0+"/file/file_data",schemaPath:"#/$defs/OpenAIFilePart/properties/file/properties/file_data/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid16 = _errs51 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data11.filename !== undefined){
let data14 = data11.filename;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data14 === "string"){
if(func2(data14) > 512){
const err29 = {instancePath:instancePath+"/content/" + i0+"/file/filename",schemaPath:"#/$defs/OpenAIFilePart/properties/file/properties/filename/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/content/" + i0+"/file/filename",schemaPath:"#/$defs/OpenAIFilePart/properties/file/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var valid16 = _errs53 === errors;
}
else {
var valid16 = true;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/content/" + i0+"/file",schemaPath:"#/$defs/OpenAIFilePart/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var valid15 = _errs46 === errors;
}
else {
var valid15 = true;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIFilePart/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else if(tag0 === "input_audio"){
const _errs56 = errors;
if(errors === _errs56){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing6;
if(((data2.type === undefined) && (missing6 = "type")) || ((data2.input_audio === undefined) && (missing6 = "input_audio"))){
const err33 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIInputAudioPart/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
if(data2.type !== undefined){
let data15 = data2.type;
const _errs59 = errors;
if(typeof data15 !== "string"){
const err34 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("input_audio" !== data15){
const err35 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/type/const",keyword:"const",params:{allowedValue: "input_audio"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid19 = _errs59 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data2.input_audio !== undefined){
let data16 = data2.input_audio;
const _errs61 = errors;
if(errors === _errs61){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing7;
if(((data16.data === undefined) && (missing7 = "data")) || ((data16.format === undefined) && (missing7 = "format"))){
const err36 = {instancePath:instancePath+"/content/" + i0+"/input_audio",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data16.data !== undefined){
const _errs64 = errors;
if(typeof data16.data !== "string"){
const err37 = {instancePath:instancePath+"/content/" + i0+"/input_audio/data",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid20 = _errs64 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data16.format !== undefined){
let data18 = data16.format;
const _errs66 = errors;
const _errs67 = errors;
let valid21 = false;
const _errs68 = errors;
if(typeof data18 !== "string"){
const err38 = {instancePath:instancePath+"/content/" + i0+"/input_audio/format",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/format/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("wav" !== data18){
const err39 = {instancePath:instancePath+"/content/" + i0+"/input_audio/format",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/format/anyOf/0/const",keyword:"const",params:{allowedValue: "wav"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs68 === errors;
valid21 = valid21 || _valid2;
if(!valid21){
const _errs70 = errors;
if(typeof data18 !== "string"){
const err40 = {instancePath:instancePath+"/content/" + i0+"/input_audio/format",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/format/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("mp3" !== data18){
const err41 = {instancePath:instancePath+"/content/" + i0+"/input_audio/format",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/format/anyOf/1/const",keyword:"const",params:{allowedValue: "mp3"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid2 = _errs70 === errors;
valid21 = valid21 || _valid2;
}
if(!valid21){
const err42 = {instancePath:instancePath+"/content/" + i0+"/input_audio/format",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/properties/format/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
var valid20 = _errs66 === errors;
}
else {
var valid20 = true;
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/content/" + i0+"/input_audio",schemaPath:"#/$defs/OpenAIInputAudioPart/properties/input_audio/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var valid19 = _errs61 === errors;
}
else {
var valid19 = true;
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIInputAudioPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs72 = errors;
if(typeof data1 !== "string"){
const err49 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs72 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err50 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
validate14.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data19 = data.name;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data19 === "string"){
if(func2(data19) > 512){
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs74 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const schema22 = {"additionalProperties":true,"type":"object","required":["role"],"properties":{"role":{"const":"assistant","type":"string"},"content":{"anyOf":[{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAITextPart"},{"$ref":"#/$defs/OpenAIRefusalPart"}]}},{"type":"string"}]},{"type":"null"}]},"refusal":{"anyOf":[{"type":"string"},{"type":"null"}]},"tool_calls":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAIToolCall"}},{"type":"null"}]},"name":{"maxLength":512,"type":"string"}}};
const schema24 = {"additionalProperties":true,"type":"object","required":["type","refusal"],"properties":{"type":{"const":"refusal","type":"string"},"refusal":{"type":"string"}}};
const schema25 = {"additionalProperties":true,"type":"object","required":["id","type","function"],"properties":{"id":{"maxLength":512,"minLength":1,"type":"string"},"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name","arguments"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"arguments":{"type":"string"}}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate15.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("assistant" !== data0){
validate15.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
const _errs13 = errors;
if(typeof data2.type !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/anyOf/0/anyOf/0/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
const tag0 = data2.type;
if(typeof tag0 == "string"){
if(tag0 === "text"){
const _errs16 = errors;
if(errors === _errs16){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((data2.type === undefined) && (missing2 = "type")) || ((data2.text === undefined) && (missing2 = "text"))){
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data2.type !== undefined){
let data4 = data2.type;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("text" !== data4){
const err5 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid8 = _errs19 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data2.text !== undefined){
const _errs21 = errors;
if(typeof data2.text !== "string"){
const err6 = {instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/OpenAITextPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid8 = _errs21 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else if(tag0 === "refusal"){
const _errs24 = errors;
if(errors === _errs24){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if(((data2.type === undefined) && (missing3 = "type")) || ((data2.refusal === undefined) && (missing3 = "refusal"))){
const err8 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIRefusalPart/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data2.type !== undefined){
let data6 = data2.type;
const _errs27 = errors;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIRefusalPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("refusal" !== data6){
const err10 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAIRefusalPart/properties/type/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid11 = _errs27 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data2.refusal !== undefined){
const _errs29 = errors;
if(typeof data2.refusal !== "string"){
const err11 = {instancePath:instancePath+"/content/" + i0+"/refusal",schemaPath:"#/$defs/OpenAIRefusalPart/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid11 = _errs29 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAIRefusalPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs31 = errors;
if(typeof data1 !== "string"){
const err17 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err18 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs33 = errors;
if(data1 !== null){
const err19 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs33 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err20 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refusal !== undefined){
let data8 = data.refusal;
const _errs35 = errors;
const _errs36 = errors;
let valid12 = false;
const _errs37 = errors;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs39 = errors;
if(data8 !== null){
const err22 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err23 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_calls !== undefined){
let data9 = data.tool_calls;
const _errs41 = errors;
const _errs42 = errors;
let valid13 = false;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data9)){
if(data9.length > 10000){
const err24 = {instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
var valid14 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing4;
if((((data10.id === undefined) && (missing4 = "id")) || ((data10.type === undefined) && (missing4 = "type"))) || ((data10.function === undefined) && (missing4 = "function"))){
const err25 = {instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/OpenAIToolCall/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data10.id !== undefined){
let data11 = data10.id;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data11 === "string"){
if(func2(data11) > 512){
const err26 = {instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
if(func2(data11) < 1){
const err27 = {instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/OpenAIToolCall/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid16 = _errs49 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data10.type !== undefined){
let data12 = data10.type;
const _errs51 = errors;
if(typeof data12 !== "string"){
const err29 = {instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/OpenAIToolCall/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("function" !== data12){
const err30 = {instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/OpenAIToolCall/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid16 = _errs51 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data10.function !== undefined){
let data13 = data10.function;
const _errs53 = errors;
if(errors === _errs53){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing5;
if(((data13.name === undefined) && (missing5 = "name")) || ((data13.arguments === undefined) && (missing5 = "arguments"))){
const err31 = {instancePath:instancePath+"/tool_calls/" + i1+"/function",schemaPath:"#/$defs/OpenAIToolCall/properties/function/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data13.name !== undefined){
let data14 = data13.name;
const _errs56 = errors;
if(errors === _errs56){
if(typeof data14 === "string"){
if(func2(data14) > 512){
const err32 = {instancePath:instancePath+"/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(func2(data14) < 1){
const err33 = {instancePath:instancePath+"/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var valid17 = _errs56 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data13.arguments !== undefined){
const _errs58 = errors;
if(typeof data13.arguments !== "string"){
const err35 = {instancePath:instancePath+"/tool_calls/" + i1+"/function/arguments",schemaPath:"#/$defs/OpenAIToolCall/properties/function/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid17 = _errs58 === errors;
}
else {
var valid17 = true;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/tool_calls/" + i1+"/function",schemaPath:"#/$defs/OpenAIToolCall/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid16 = _errs53 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/OpenAIToolCall/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid14 = _errs45 === errors;
if(!valid14){
break;
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid3 = _errs43 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs60 = errors;
if(data9 !== null){
const err39 = {instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs60 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err40 = {instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data16 = data.name;
const _errs62 = errors;
if(errors === _errs62){
if(typeof data16 === "string"){
if(func2(data16) > 512){
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs62 === errors;
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
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema26 = {"additionalProperties":true,"type":"object","required":["role","content","tool_call_id"],"properties":{"role":{"const":"tool","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/OpenAITextPart"}},{"type":"string"}]},"tool_call_id":{"maxLength":512,"minLength":1,"type":"string"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))) || ((data.tool_call_id === undefined) && (missing0 = "tool_call_id"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate16.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("tool" !== data0){
validate16.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "tool"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("text" !== data3){
const err3 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/OpenAITextPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
const _errs14 = errors;
if(typeof data2.text !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/OpenAITextPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/OpenAITextPart/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate16.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_call_id !== undefined){
let data5 = data.tool_call_id;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func2(data5) > 512){
validate16.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate16.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
const _errs2 = errors;
if(typeof data.role !== "string"){
validate11.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.role;
if(typeof tag0 == "string"){
if(tag0 === "system"){
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
else if(tag0 === "developer"){
if(!(validate13(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
else if(tag0 === "user"){
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
else if(tag0 === "assistant"){
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
else if(tag0 === "tool"){
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "role", tagValue: tag0},message:"value of tag \"role\" must be in oneOf"}];
return false;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "role", tagValue: tag0},message:"tag \"role\" must be string"}];
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

const schema28 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/OpenAIFunctionTool"},{"$ref":"#/$defs/OpenAICustomTool"}]};
const schema29 = {"additionalProperties":true,"type":"object","required":["type","function"],"properties":{"type":{"const":"function","type":"string"},"function":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"parameters":{"additionalProperties":true,"type":"object","properties":{}},"strict":{"anyOf":[{"type":"boolean"},{"type":"null"}]}}}}};
const schema30 = {"additionalProperties":true,"type":"object","required":["type","custom"],"properties":{"type":{"const":"custom","type":"string"},"custom":{"additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"}}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if(typeof data.type !== "string"){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(tag0 === "function"){
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.function === undefined) && (missing1 = "function"))){
validate23.errors = [{instancePath,schemaPath:"#/$defs/OpenAIFunctionTool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/OpenAIFunctionTool/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("function" !== data1){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/OpenAIFunctionTool/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.function !== undefined){
let data2 = data.function;
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.name === undefined) && (missing2 = "name")){
validate23.errors = [{instancePath:instancePath+"/function",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.name !== undefined){
let data3 = data2.name;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 512){
validate23.errors = [{instancePath:instancePath+"/function/name",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate23.errors = [{instancePath:instancePath+"/function/name",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/function/name",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data2.description !== undefined){
const _errs15 = errors;
if(typeof data2.description !== "string"){
validate23.errors = [{instancePath:instancePath+"/function/description",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data2.parameters !== undefined){
let data5 = data2.parameters;
const _errs17 = errors;
if(errors === _errs17){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
validate23.errors = [{instancePath:instancePath+"/function/parameters",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data2.strict !== undefined){
let data6 = data2.strict;
const _errs20 = errors;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data6 !== "boolean"){
const err0 = {instancePath:instancePath+"/function/strict",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/strict/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs24 = errors;
if(data6 !== null){
const err1 = {instancePath:instancePath+"/function/strict",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/strict/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
const err2 = {instancePath:instancePath+"/function/strict",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/properties/strict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/function",schemaPath:"#/$defs/OpenAIFunctionTool/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/$defs/OpenAIFunctionTool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "custom"){
const _errs27 = errors;
if(errors === _errs27){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) && (missing3 = "type")) || ((data.custom === undefined) && (missing3 = "custom"))){
validate23.errors = [{instancePath,schemaPath:"#/$defs/OpenAICustomTool/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data7 = data.type;
const _errs30 = errors;
if(typeof data7 !== "string"){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/OpenAICustomTool/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("custom" !== data7){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/OpenAICustomTool/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.custom !== undefined){
let data8 = data.custom;
const _errs32 = errors;
if(errors === _errs32){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing4;
if((data8.name === undefined) && (missing4 = "name")){
validate23.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data8.name !== undefined){
let data9 = data8.name;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data9 === "string"){
if(func2(data9) > 512){
validate23.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data9) < 1){
validate23.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data8.description !== undefined){
const _errs37 = errors;
if(typeof data8.description !== "string"){
validate23.errors = [{instancePath:instancePath+"/custom/description",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/$defs/OpenAICustomTool/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/$defs/OpenAICustomTool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^(.*)$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.model === undefined) && (missing0 = "model")) || ((data.messages === undefined) && (missing0 = "messages"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 256){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data1 = data.messages;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length > 100000){
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate11(data1[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data3 = data.tools;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
if(data3.length > 10000){
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs9 = errors;
if(!(validate23(data3[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
let data5 = data.tool_choice;
const _errs10 = errors;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data5 !== "string"){
const err0 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("none" !== data5){
const err1 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/0/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data5 !== "string"){
const err2 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("auto" !== data5){
const err3 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/1/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(typeof data5 !== "string"){
const err4 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("required" !== data5){
const err5 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/2/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs19 = errors;
if(errors === _errs19){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err6 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data5.type !== undefined){
const _errs22 = errors;
if(typeof data5.type !== "string"){
const err7 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
const tag0 = data5.type;
if(typeof tag0 == "string"){
if(tag0 === "function"){
const _errs24 = errors;
if(errors === _errs24){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if(((data5.type === undefined) && (missing2 = "type")) || ((data5.function === undefined) && (missing2 = "function"))){
const err8 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data5.type !== undefined){
let data7 = data5.type;
const _errs27 = errors;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("function" !== data7){
const err10 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid8 = _errs27 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data5.function !== undefined){
let data8 = data5.function;
const _errs29 = errors;
if(errors === _errs29){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing3;
if((data8.name === undefined) && (missing3 = "name")){
const err11 = {instancePath:instancePath+"/tool_choice/function",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/function/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data8.name !== undefined){
let data9 = data8.name;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data9 === "string"){
if(func2(data9) > 512){
const err12 = {instancePath:instancePath+"/tool_choice/function/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/function/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(func2(data9) < 1){
const err13 = {instancePath:instancePath+"/tool_choice/function/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/function/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/tool_choice/function/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/tool_choice/function",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else if(tag0 === "custom"){
const _errs34 = errors;
if(errors === _errs34){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if(((data5.type === undefined) && (missing4 = "type")) || ((data5.custom === undefined) && (missing4 = "custom"))){
const err17 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data5.type !== undefined){
let data10 = data5.type;
const _errs37 = errors;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("custom" !== data10){
const err19 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid11 = _errs37 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data5.custom !== undefined){
let data11 = data5.custom;
const _errs39 = errors;
if(errors === _errs39){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing5;
if((data11.name === undefined) && (missing5 = "name")){
const err20 = {instancePath:instancePath+"/tool_choice/custom",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/custom/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data11.name !== undefined){
let data12 = data11.name;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data12 === "string"){
if(func2(data12) > 512){
const err21 = {instancePath:instancePath+"/tool_choice/custom/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/custom/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(func2(data12) < 1){
const err22 = {instancePath:instancePath+"/tool_choice/custom/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/custom/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/tool_choice/custom/name",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err24 = {instancePath:instancePath+"/tool_choice/custom",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid11 = _errs39 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else if(tag0 === "allowed_tools"){
const _errs44 = errors;
if(errors === _errs44){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing6;
if(((data5.type === undefined) && (missing6 = "type")) || ((data5.allowed_tools === undefined) && (missing6 = "allowed_tools"))){
const err26 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
if(data5.type !== undefined){
let data13 = data5.type;
const _errs47 = errors;
if(typeof data13 !== "string"){
const err27 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if("allowed_tools" !== data13){
const err28 = {instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "allowed_tools"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid14 = _errs47 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data5.allowed_tools !== undefined){
let data14 = data5.allowed_tools;
const _errs49 = errors;
if(errors === _errs49){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err29 = {instancePath:instancePath+"/tool_choice/allowed_tools",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/2/properties/allowed_tools/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid14 = _errs49 === errors;
}
else {
var valid14 = true;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err31 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
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
}
else {
const err33 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
}
}
}
if(!valid4){
const err34 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/OpenAIToolChoice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parallel_tool_calls !== undefined){
let data15 = data.parallel_tool_calls;
const _errs52 = errors;
const _errs53 = errors;
let valid15 = false;
const _errs54 = errors;
if(typeof data15 !== "boolean"){
const err35 = {instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs54 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const _errs56 = errors;
if(data15 !== null){
const err36 = {instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs56 === errors;
valid15 = valid15 || _valid1;
}
if(!valid15){
const err37 = {instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop !== undefined){
let data16 = data.stop;
const _errs58 = errors;
const _errs59 = errors;
let valid16 = false;
const _errs60 = errors;
const _errs61 = errors;
let valid17 = false;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data16)){
if(data16.length > 64){
const err38 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/0/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
var valid18 = true;
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
const _errs64 = errors;
if(typeof data16[i2] !== "string"){
const err39 = {instancePath:instancePath+"/stop/" + i2,schemaPath:"#/properties/stop/anyOf/0/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid18 = _errs64 === errors;
if(!valid18){
break;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid3 = _errs62 === errors;
valid17 = valid17 || _valid3;
if(!valid17){
const _errs66 = errors;
if(typeof data16 !== "string"){
const err41 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs66 === errors;
valid17 = valid17 || _valid3;
}
if(!valid17){
const err42 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs60 === errors;
valid16 = valid16 || _valid2;
if(!valid16){
const _errs68 = errors;
if(data16 !== null){
const err43 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid2 = _errs68 === errors;
valid16 = valid16 || _valid2;
}
if(!valid16){
const err44 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
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
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_tokens !== undefined){
let data18 = data.max_tokens;
const _errs70 = errors;
const _errs71 = errors;
let valid19 = false;
const _errs72 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err45 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(errors === _errs72){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err46 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
var _valid4 = _errs72 === errors;
valid19 = valid19 || _valid4;
if(!valid19){
const _errs74 = errors;
if(data18 !== null){
const err47 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs74 === errors;
valid19 = valid19 || _valid4;
}
if(!valid19){
const err48 = {instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_completion_tokens !== undefined){
let data19 = data.max_completion_tokens;
const _errs76 = errors;
const _errs77 = errors;
let valid20 = false;
const _errs78 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err49 = {instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(errors === _errs78){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
var _valid5 = _errs78 === errors;
valid20 = valid20 || _valid5;
if(!valid20){
const _errs80 = errors;
if(data19 !== null){
const err51 = {instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid5 = _errs80 === errors;
valid20 = valid20 || _valid5;
}
if(!valid20){
const err52 = {instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
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
var valid0 = _errs76 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data20 = data.temperature;
const _errs82 = errors;
const _errs83 = errors;
let valid21 = false;
const _errs84 = errors;
if(errors === _errs84){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 2 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
if(data20 < 0 || isNaN(data20)){
const err54 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var _valid6 = _errs84 === errors;
valid21 = valid21 || _valid6;
if(!valid21){
const _errs86 = errors;
if(data20 !== null){
const err56 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid6 = _errs86 === errors;
valid21 = valid21 || _valid6;
}
if(!valid21){
const err57 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data21 = data.top_p;
const _errs88 = errors;
const _errs89 = errors;
let valid22 = false;
const _errs90 = errors;
if(errors === _errs90){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 1 || isNaN(data21)){
const err58 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
if(data21 < 0 || isNaN(data21)){
const err59 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
var _valid7 = _errs90 === errors;
valid22 = valid22 || _valid7;
if(!valid22){
const _errs92 = errors;
if(data21 !== null){
const err61 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid7 = _errs92 === errors;
valid22 = valid22 || _valid7;
}
if(!valid22){
const err62 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.n !== undefined){
let data22 = data.n;
const _errs94 = errors;
const _errs95 = errors;
let valid23 = false;
const _errs96 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err63 = {instancePath:instancePath+"/n",schemaPath:"#/properties/n/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(errors === _errs96){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 128 || isNaN(data22)){
const err64 = {instancePath:instancePath+"/n",schemaPath:"#/properties/n/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 128},message:"must be <= 128"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
if(data22 < 1 || isNaN(data22)){
const err65 = {instancePath:instancePath+"/n",schemaPath:"#/properties/n/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
}
var _valid8 = _errs96 === errors;
valid23 = valid23 || _valid8;
if(!valid23){
const _errs98 = errors;
if(data22 !== null){
const err66 = {instancePath:instancePath+"/n",schemaPath:"#/properties/n/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid8 = _errs98 === errors;
valid23 = valid23 || _valid8;
}
if(!valid23){
const err67 = {instancePath:instancePath+"/n",schemaPath:"#/properties/n/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs94 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data23 = data.user;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data23 === "string"){
if(func2(data23) > 512){
validate10.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs100 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_format !== undefined){
let data24 = data.response_format;
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing7;
if((data24.type === undefined) && (missing7 = "type")){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data24.type !== undefined){
const _errs106 = errors;
if(typeof data24.type !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs106 === errors;
}
else {
var valid25 = true;
}
if(valid25){
const tag1 = data24.type;
if(typeof tag1 == "string"){
if(tag1 === "text"){
const _errs108 = errors;
if(errors === _errs108){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing8;
if((data24.type === undefined) && (missing8 = "type")){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data24.type !== undefined){
let data26 = data24.type;
if(typeof data26 !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text" !== data26){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag1 === "json_object"){
const _errs113 = errors;
if(errors === _errs113){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing9;
if((data24.type === undefined) && (missing9 = "type")){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data24.type !== undefined){
let data27 = data24.type;
if(typeof data27 !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("json_object" !== data27){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "json_object"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag1 === "json_schema"){
const _errs118 = errors;
if(errors === _errs118){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing10;
if(((data24.type === undefined) && (missing10 = "type")) || ((data24.json_schema === undefined) && (missing10 = "json_schema"))){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data24.type !== undefined){
let data28 = data24.type;
const _errs121 = errors;
if(typeof data28 !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("json_schema" !== data28){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "json_schema"},message:"must be equal to constant"}];
return false;
}
var valid32 = _errs121 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data24.json_schema !== undefined){
let data29 = data24.json_schema;
const _errs123 = errors;
if(errors === _errs123){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing11;
if((data29.name === undefined) && (missing11 = "name")){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data29.name !== undefined){
let data30 = data29.name;
const _errs126 = errors;
if(errors === _errs126){
if(typeof data30 === "string"){
if(func2(data30) > 512){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/name",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data30) < 1){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/name",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/name",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid33 = _errs126 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data29.description !== undefined){
const _errs128 = errors;
if(typeof data29.description !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/description",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid33 = _errs128 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data29.schema !== undefined){
let data32 = data29.schema;
const _errs130 = errors;
if(errors === _errs130){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/schema",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid33 = _errs130 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data29.strict !== undefined){
let data33 = data29.strict;
const _errs133 = errors;
const _errs134 = errors;
let valid34 = false;
const _errs135 = errors;
if(typeof data33 !== "boolean"){
const err68 = {instancePath:instancePath+"/response_format/json_schema/strict",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/strict/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid9 = _errs135 === errors;
valid34 = valid34 || _valid9;
if(!valid34){
const _errs137 = errors;
if(data33 !== null){
const err69 = {instancePath:instancePath+"/response_format/json_schema/strict",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/strict/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid9 = _errs137 === errors;
valid34 = valid34 || _valid9;
}
if(!valid34){
const err70 = {instancePath:instancePath+"/response_format/json_schema/strict",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/properties/strict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
}
var valid33 = _errs133 === errors;
}
else {
var valid33 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/properties/json_schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid32 = _errs123 === errors;
}
else {
var valid32 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag1},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag1},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/OpenAIResponseFormat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs102 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasoning_effort !== undefined){
let data34 = data.reasoning_effort;
const _errs139 = errors;
const _errs140 = errors;
let valid35 = false;
const _errs141 = errors;
const _errs143 = errors;
let valid37 = false;
const _errs144 = errors;
if(typeof data34 !== "string"){
const err71 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if("none" !== data34){
const err72 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/0/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid11 = _errs144 === errors;
valid37 = valid37 || _valid11;
if(!valid37){
const _errs146 = errors;
if(typeof data34 !== "string"){
const err73 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if("minimal" !== data34){
const err74 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/1/const",keyword:"const",params:{allowedValue: "minimal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid11 = _errs146 === errors;
valid37 = valid37 || _valid11;
if(!valid37){
const _errs148 = errors;
if(typeof data34 !== "string"){
const err75 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if("low" !== data34){
const err76 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/2/const",keyword:"const",params:{allowedValue: "low"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid11 = _errs148 === errors;
valid37 = valid37 || _valid11;
if(!valid37){
const _errs150 = errors;
if(typeof data34 !== "string"){
const err77 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if("medium" !== data34){
const err78 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/3/const",keyword:"const",params:{allowedValue: "medium"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid11 = _errs150 === errors;
valid37 = valid37 || _valid11;
if(!valid37){
const _errs152 = errors;
if(typeof data34 !== "string"){
const err79 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if("high" !== data34){
const err80 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/4/const",keyword:"const",params:{allowedValue: "high"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid11 = _errs152 === errors;
valid37 = valid37 || _valid11;
if(!valid37){
const _errs154 = errors;
if(typeof data34 !== "string"){
const err81 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if("xhigh" !== data34){
const err82 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf/5/const",keyword:"const",params:{allowedValue: "xhigh"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid11 = _errs154 === errors;
valid37 = valid37 || _valid11;
}
}
}
}
}
if(!valid37){
const err83 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/$defs/OpenAIReasoningEffort/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
}
var _valid10 = _errs141 === errors;
valid35 = valid35 || _valid10;
if(!valid35){
const _errs156 = errors;
if(data34 !== null){
const err84 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/properties/reasoning_effort/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid10 = _errs156 === errors;
valid35 = valid35 || _valid10;
}
if(!valid35){
const err85 = {instancePath:instancePath+"/reasoning_effort",schemaPath:"#/properties/reasoning_effort/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs139 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
let data35 = data.stream;
const _errs158 = errors;
const _errs159 = errors;
let valid38 = false;
const _errs160 = errors;
if(typeof data35 !== "boolean"){
const err86 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid12 = _errs160 === errors;
valid38 = valid38 || _valid12;
if(!valid38){
const _errs162 = errors;
if(data35 !== null){
const err87 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid12 = _errs162 === errors;
valid38 = valid38 || _valid12;
}
if(!valid38){
const err88 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs159;
if(vErrors !== null){
if(_errs159){
vErrors.length = _errs159;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs158 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream_options !== undefined){
let data36 = data.stream_options;
const _errs164 = errors;
const _errs165 = errors;
let valid39 = false;
const _errs166 = errors;
if(errors === _errs166){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.include_usage !== undefined){
const _errs169 = errors;
if(typeof data36.include_usage !== "boolean"){
const err89 = {instancePath:instancePath+"/stream_options/include_usage",schemaPath:"#/properties/stream_options/anyOf/0/properties/include_usage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var valid40 = _errs169 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data36.include_obfuscation !== undefined){
const _errs171 = errors;
if(typeof data36.include_obfuscation !== "boolean"){
const err90 = {instancePath:instancePath+"/stream_options/include_obfuscation",schemaPath:"#/properties/stream_options/anyOf/0/properties/include_obfuscation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var valid40 = _errs171 === errors;
}
else {
var valid40 = true;
}
}
}
else {
const err91 = {instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var _valid13 = _errs166 === errors;
valid39 = valid39 || _valid13;
if(!valid39){
const _errs173 = errors;
if(data36 !== null){
const err92 = {instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid13 = _errs173 === errors;
valid39 = valid39 || _valid13;
}
if(!valid39){
const err93 = {instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs165;
if(vErrors !== null){
if(_errs165){
vErrors.length = _errs165;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs164 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinking !== undefined){
let data39 = data.thinking;
const _errs175 = errors;
const _errs176 = errors;
if(errors === _errs176){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing12;
if((data39.type === undefined) && (missing12 = "type")){
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/OpenAIThinkingExtension/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data39.type !== undefined){
let data40 = data39.type;
const _errs179 = errors;
const _errs180 = errors;
let valid43 = false;
const _errs181 = errors;
if(typeof data40 !== "string"){
const err94 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if("enabled" !== data40){
const err95 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "enabled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid14 = _errs181 === errors;
valid43 = valid43 || _valid14;
if(!valid43){
const _errs183 = errors;
if(typeof data40 !== "string"){
const err96 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if("disabled" !== data40){
const err97 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "disabled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid14 = _errs183 === errors;
valid43 = valid43 || _valid14;
if(!valid43){
const _errs185 = errors;
if(typeof data40 !== "string"){
const err98 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if("adaptive" !== data40){
const err99 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf/2/const",keyword:"const",params:{allowedValue: "adaptive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid14 = _errs185 === errors;
valid43 = valid43 || _valid14;
}
}
if(!valid43){
const err100 = {instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
}
var valid42 = _errs179 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data39.budget_tokens !== undefined){
let data41 = data39.budget_tokens;
const _errs187 = errors;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
validate10.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/budget_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs187){
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/$defs/OpenAIThinkingExtension/properties/budget_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid42 = _errs187 === errors;
}
else {
var valid42 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/OpenAIThinkingExtension/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs175 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seed !== undefined){
let data42 = data.seed;
const _errs189 = errors;
const _errs190 = errors;
let valid44 = false;
const _errs191 = errors;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err101 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid15 = _errs191 === errors;
valid44 = valid44 || _valid15;
if(!valid44){
const _errs193 = errors;
if(data42 !== null){
const err102 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid15 = _errs193 === errors;
valid44 = valid44 || _valid15;
}
if(!valid44){
const err103 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs190;
if(vErrors !== null){
if(_errs190){
vErrors.length = _errs190;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs189 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence_penalty !== undefined){
let data43 = data.presence_penalty;
const _errs195 = errors;
const _errs196 = errors;
let valid45 = false;
const _errs197 = errors;
if(errors === _errs197){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 2 || isNaN(data43)){
const err104 = {instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
if(data43 < -2 || isNaN(data43)){
const err105 = {instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2},message:"must be >= -2"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
var _valid16 = _errs197 === errors;
valid45 = valid45 || _valid16;
if(!valid45){
const _errs199 = errors;
if(data43 !== null){
const err107 = {instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid16 = _errs199 === errors;
valid45 = valid45 || _valid16;
}
if(!valid45){
const err108 = {instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs195 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.frequency_penalty !== undefined){
let data44 = data.frequency_penalty;
const _errs201 = errors;
const _errs202 = errors;
let valid46 = false;
const _errs203 = errors;
if(errors === _errs203){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 2 || isNaN(data44)){
const err109 = {instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
else {
if(data44 < -2 || isNaN(data44)){
const err110 = {instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2},message:"must be >= -2"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
var _valid17 = _errs203 === errors;
valid46 = valid46 || _valid17;
if(!valid46){
const _errs205 = errors;
if(data44 !== null){
const err112 = {instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid17 = _errs205 === errors;
valid46 = valid46 || _valid17;
}
if(!valid46){
const err113 = {instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs202;
if(vErrors !== null){
if(_errs202){
vErrors.length = _errs202;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs201 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logit_bias !== undefined){
let data45 = data.logit_bias;
const _errs207 = errors;
const _errs208 = errors;
let valid47 = false;
const _errs209 = errors;
if(errors === _errs209){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
var valid48 = true;
for(const key0 in data45){
if(pattern0.test(key0)){
let data46 = data45[key0];
const _errs211 = errors;
if(!((typeof data46 == "number") && (isFinite(data46)))){
const err114 = {instancePath:instancePath+"/logit_bias/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/anyOf/0/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var valid48 = _errs211 === errors;
if(!valid48){
break;
}
}
}
}
else {
const err115 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var _valid18 = _errs209 === errors;
valid47 = valid47 || _valid18;
if(!valid47){
const _errs213 = errors;
if(data45 !== null){
const err116 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid18 = _errs213 === errors;
valid47 = valid47 || _valid18;
}
if(!valid47){
const err117 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs208;
if(vErrors !== null){
if(_errs208){
vErrors.length = _errs208;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs207 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logprobs !== undefined){
let data47 = data.logprobs;
const _errs215 = errors;
const _errs216 = errors;
let valid49 = false;
const _errs217 = errors;
if(typeof data47 !== "boolean"){
const err118 = {instancePath:instancePath+"/logprobs",schemaPath:"#/properties/logprobs/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var _valid19 = _errs217 === errors;
valid49 = valid49 || _valid19;
if(!valid49){
const _errs219 = errors;
if(data47 !== null){
const err119 = {instancePath:instancePath+"/logprobs",schemaPath:"#/properties/logprobs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid19 = _errs219 === errors;
valid49 = valid49 || _valid19;
}
if(!valid49){
const err120 = {instancePath:instancePath+"/logprobs",schemaPath:"#/properties/logprobs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs216;
if(vErrors !== null){
if(_errs216){
vErrors.length = _errs216;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs215 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_logprobs !== undefined){
let data48 = data.top_logprobs;
const _errs221 = errors;
const _errs222 = errors;
let valid50 = false;
const _errs223 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err121 = {instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(errors === _errs223){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 20 || isNaN(data48)){
const err122 = {instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
if(data48 < 0 || isNaN(data48)){
const err123 = {instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
}
var _valid20 = _errs223 === errors;
valid50 = valid50 || _valid20;
if(!valid50){
const _errs225 = errors;
if(data48 !== null){
const err124 = {instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid20 = _errs225 === errors;
valid50 = valid50 || _valid20;
}
if(!valid50){
const err125 = {instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs222;
if(vErrors !== null){
if(_errs222){
vErrors.length = _errs222;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs221 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data49 = data.metadata;
const _errs227 = errors;
const _errs228 = errors;
let valid51 = false;
const _errs229 = errors;
if(errors === _errs229){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
var valid52 = true;
for(const key1 in data49){
if(pattern0.test(key1)){
const _errs231 = errors;
if(typeof data49[key1] !== "string"){
const err126 = {instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/anyOf/0/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var valid52 = _errs231 === errors;
if(!valid52){
break;
}
}
}
}
else {
const err127 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var _valid21 = _errs229 === errors;
valid51 = valid51 || _valid21;
if(!valid51){
const _errs233 = errors;
if(data49 !== null){
const err128 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid21 = _errs233 === errors;
valid51 = valid51 || _valid21;
}
if(!valid51){
const err129 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs228;
if(vErrors !== null){
if(_errs228){
vErrors.length = _errs228;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs227 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.store !== undefined){
let data51 = data.store;
const _errs235 = errors;
const _errs236 = errors;
let valid53 = false;
const _errs237 = errors;
if(typeof data51 !== "boolean"){
const err130 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid22 = _errs237 === errors;
valid53 = valid53 || _valid22;
if(!valid53){
const _errs239 = errors;
if(data51 !== null){
const err131 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid22 = _errs239 === errors;
valid53 = valid53 || _valid22;
}
if(!valid53){
const err132 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs235 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data52 = data.service_tier;
const _errs241 = errors;
const _errs242 = errors;
let valid54 = false;
const _errs243 = errors;
if(errors === _errs243){
if(typeof data52 === "string"){
if(func2(data52) > 512){
const err133 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
var _valid23 = _errs243 === errors;
valid54 = valid54 || _valid23;
if(!valid54){
const _errs245 = errors;
if(data52 !== null){
const err135 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid23 = _errs245 === errors;
valid54 = valid54 || _valid23;
}
if(!valid54){
const err136 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs242;
if(vErrors !== null){
if(_errs242){
vErrors.length = _errs242;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs241 === errors;
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

