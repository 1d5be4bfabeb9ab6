// generated from specs/ — do not edit (npm run gen)
// Validator "anthropic-messages-request" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","required":["model","messages","max_tokens"],"properties":{"model":{"minLength":1,"maxLength":256,"type":"string"},"messages":{"maxItems":100000,"type":"array","items":{"$ref":"#/$defs/AnthropicMessage"}},"max_tokens":{"minimum":1,"type":"integer"},"system":{"$ref":"#/$defs/AnthropicSystem"},"temperature":{"minimum":0,"maximum":1,"type":"number"},"top_p":{"minimum":0,"maximum":1,"type":"number"},"top_k":{"minimum":0,"type":"integer"},"stop_sequences":{"maxItems":8192,"type":"array","items":{"type":"string"}},"stream":{"type":"boolean"},"metadata":{"$ref":"#/$defs/AnthropicMetadata"},"tools":{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicTool"}},"tool_choice":{"$ref":"#/$defs/AnthropicToolChoice"},"service_tier":{"anyOf":[{"const":"auto","type":"string"},{"const":"standard_only","type":"string"}]},"thinking":{"$ref":"#/$defs/AnthropicThinkingConfig"},"container":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]},"context_management":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"output_config":{"additionalProperties":true,"type":"object","properties":{}},"mcp_servers":{"maxItems":1000,"type":"array","items":{"additionalProperties":true,"type":"object","properties":{}}}},"$defs":{"AnthropicBashCodeExecutionToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"bash_code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicCacheControl":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"ephemeral","type":"string"},"ttl":{"anyOf":[{"const":"5m","type":"string"},{"const":"1h","type":"string"}]}}},"AnthropicCitation":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"cited_text":{"type":"string"}}},"AnthropicCodeExecutionToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicContainerUploadBlock":{"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"container_upload","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicContentBlock":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"},{"$ref":"#/$defs/AnthropicDocumentBlock"},{"$ref":"#/$defs/AnthropicSearchResultBlock"},{"$ref":"#/$defs/AnthropicToolUseBlock"},{"$ref":"#/$defs/AnthropicToolResultBlock"},{"$ref":"#/$defs/AnthropicThinkingBlock"},{"$ref":"#/$defs/AnthropicRedactedThinkingBlock"},{"$ref":"#/$defs/AnthropicServerToolUseBlock"},{"$ref":"#/$defs/AnthropicWebSearchToolResultBlock"},{"$ref":"#/$defs/AnthropicWebFetchToolResultBlock"},{"$ref":"#/$defs/AnthropicCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicBashCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicTextEditorCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicToolSearchToolResultBlock"},{"$ref":"#/$defs/AnthropicMcpToolUseBlock"},{"$ref":"#/$defs/AnthropicMcpToolResultBlock"},{"$ref":"#/$defs/AnthropicContainerUploadBlock"}]},"AnthropicCustomTool":{"additionalProperties":true,"type":"object","required":["name","input_schema"],"properties":{"type":{"const":"custom","type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"input_schema":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"object","type":"string"},"properties":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"required":{"anyOf":[{"maxItems":10000,"type":"array","items":{"maxLength":512,"type":"string"}},{"type":"null"}]}}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicDocumentBlock":{"additionalProperties":true,"type":"object","required":["type","source"],"properties":{"type":{"const":"document","type":"string"},"source":{"$ref":"#/$defs/AnthropicDocumentSource"},"title":{"anyOf":[{"type":"string"},{"type":"null"}]},"context":{"anyOf":[{"type":"string"},{"type":"null"}]},"citations":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"enabled":{"type":"boolean"}}},{"type":"null"}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicDocumentSource":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"base64","type":"string"},"media_type":{"const":"application/pdf","type":"string"},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"url","type":"string"},"url":{"minLength":1,"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"text","type":"string"},"media_type":{"const":"text/plain","type":"string"},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","content"],"properties":{"type":{"const":"content","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"}]}},{"type":"string"}]}}},{"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"file","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"}}}]},"AnthropicImageBlock":{"additionalProperties":true,"type":"object","required":["type","source"],"properties":{"type":{"const":"image","type":"string"},"source":{"$ref":"#/$defs/AnthropicImageSource"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicImageSource":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"base64","type":"string"},"media_type":{"anyOf":[{"const":"image/jpeg","type":"string"},{"const":"image/png","type":"string"},{"const":"image/gif","type":"string"},{"const":"image/webp","type":"string"}]},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"url","type":"string"},"url":{"minLength":1,"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"file","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"}}}]},"AnthropicMcpToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"mcp_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicMcpToolUseBlock":{"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"mcp_tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"server_name":{"maxLength":512,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicMessage":{"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"anyOf":[{"const":"user","type":"string"},{"const":"assistant","type":"string"},{"const":"system","type":"string"}]},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicContentBlock"}},{"type":"string"}]}}},"AnthropicMetadata":{"additionalProperties":true,"type":"object","properties":{"user_id":{"anyOf":[{"maxLength":256,"type":"string"},{"type":"null"}]}}},"AnthropicRedactedThinkingBlock":{"additionalProperties":true,"type":"object","required":["type","data"],"properties":{"type":{"const":"redacted_thinking","type":"string"},"data":{"type":"string"}}},"AnthropicSearchResultBlock":{"additionalProperties":true,"type":"object","required":["type","source","title","content"],"properties":{"type":{"const":"search_result","type":"string"},"source":{"type":"string"},"title":{"type":"string"},"content":{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicTextBlock"}},"citations":{"additionalProperties":true,"type":"object","properties":{"enabled":{"type":"boolean"}}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicServerTool":{"additionalProperties":true,"type":"object","required":["type","name"],"properties":{"type":{"maxLength":512,"minLength":1,"not":{"const":"custom"},"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicServerToolUseBlock":{"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"server_tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicSystem":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicTextBlock"}},{"type":"string"}]},"AnthropicTextBlock":{"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text","type":"string"},"text":{"type":"string"},"citations":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicCitation"}},{"type":"null"}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicTextEditorCodeExecutionToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"text_editor_code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicThinkingBlock":{"additionalProperties":true,"type":"object","required":["type","thinking","signature"],"properties":{"type":{"const":"thinking","type":"string"},"thinking":{"type":"string"},"signature":{"type":"string"}}},"AnthropicThinkingConfig":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","budget_tokens"],"properties":{"type":{"const":"enabled","type":"string"},"budget_tokens":{"minimum":1024,"type":"integer"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"disabled","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"adaptive","type":"string"}}}]},"AnthropicTool":{"anyOf":[{"$ref":"#/$defs/AnthropicCustomTool"},{"$ref":"#/$defs/AnthropicServerTool"}]},"AnthropicToolChoice":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"auto","type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"any","type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type","name"],"properties":{"type":{"const":"tool","type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"none","type":"string"}}}]},"AnthropicToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"},{"$ref":"#/$defs/AnthropicDocumentBlock"},{"$ref":"#/$defs/AnthropicSearchResultBlock"}]}},{"type":"string"}]},"is_error":{"type":"boolean"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicToolSearchToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"tool_search_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicToolUseBlock":{"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicWebFetchToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"web_fetch_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}},"AnthropicWebSearchToolResultBlock":{"additionalProperties":true,"type":"object","required":["type","tool_use_id","content"],"properties":{"type":{"const":"web_search_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"web_search_result","type":"string"},"url":{"type":"string"},"title":{"type":"string"},"encrypted_content":{"type":"string"},"page_age":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}}}},{"additionalProperties":true,"type":"object","required":["type","error_code"],"properties":{"type":{"const":"web_search_tool_result_error","type":"string"},"error_code":{"maxLength":512,"type":"string"}}}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}}}};
const schema52 = {"additionalProperties":true,"type":"object","properties":{"user_id":{"anyOf":[{"maxLength":256,"type":"string"},{"type":"null"}]}}};
const schema58 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"auto","type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"any","type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type","name"],"properties":{"type":{"const":"tool","type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"disable_parallel_tool_use":{"type":"boolean"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"none","type":"string"}}}]};
const schema59 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","budget_tokens"],"properties":{"type":{"const":"enabled","type":"string"},"budget_tokens":{"minimum":1024,"type":"integer"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"disabled","type":"string"}}},{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"adaptive","type":"string"}}}]};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;
const schema12 = {"additionalProperties":true,"type":"object","required":["role","content"],"properties":{"role":{"anyOf":[{"const":"user","type":"string"},{"const":"assistant","type":"string"},{"const":"system","type":"string"}]},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicContentBlock"}},{"type":"string"}]}}};
const schema13 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"},{"$ref":"#/$defs/AnthropicDocumentBlock"},{"$ref":"#/$defs/AnthropicSearchResultBlock"},{"$ref":"#/$defs/AnthropicToolUseBlock"},{"$ref":"#/$defs/AnthropicToolResultBlock"},{"$ref":"#/$defs/AnthropicThinkingBlock"},{"$ref":"#/$defs/AnthropicRedactedThinkingBlock"},{"$ref":"#/$defs/AnthropicServerToolUseBlock"},{"$ref":"#/$defs/AnthropicWebSearchToolResultBlock"},{"$ref":"#/$defs/AnthropicWebFetchToolResultBlock"},{"$ref":"#/$defs/AnthropicCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicBashCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicTextEditorCodeExecutionToolResultBlock"},{"$ref":"#/$defs/AnthropicToolSearchToolResultBlock"},{"$ref":"#/$defs/AnthropicMcpToolUseBlock"},{"$ref":"#/$defs/AnthropicMcpToolResultBlock"},{"$ref":"#/$defs/AnthropicContainerUploadBlock"}]};
const schema49 = {"additionalProperties":true,"type":"object","required":["type","thinking","signature"],"properties":{"type":{"const":"thinking","type":"string"},"thinking":{"type":"string"},"signature":{"type":"string"}}};
const schema50 = {"additionalProperties":true,"type":"object","required":["type","data"],"properties":{"type":{"const":"redacted_thinking","type":"string"},"data":{"type":"string"}}};
const schema14 = {"additionalProperties":true,"type":"object","required":["type","text"],"properties":{"type":{"const":"text","type":"string"},"text":{"type":"string"},"citations":{"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicCitation"}},{"type":"null"}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};
const schema15 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"maxLength":512,"minLength":1,"type":"string"},"cited_text":{"type":"string"}}};
const schema16 = {"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"ephemeral","type":"string"},"ttl":{"anyOf":[{"const":"5m","type":"string"},{"const":"1h","type":"string"}]}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.text === undefined) && (missing0 = "text"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text" !== data0){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs4 = errors;
if(typeof data.text !== "string"){
validate13.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data2 = data.citations;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
if(data2.length > 10000){
const err0 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
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
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.type === undefined) && (missing1 = "type")){
const err1 = {instancePath:instancePath+"/citations/" + i0,schemaPath:"#/$defs/AnthropicCitation/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data3.type !== undefined){
let data4 = data3.type;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func2(data4) > 512){
const err2 = {instancePath:instancePath+"/citations/" + i0+"/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(func2(data4) < 1){
const err3 = {instancePath:instancePath+"/citations/" + i0+"/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/citations/" + i0+"/type",schemaPath:"#/$defs/AnthropicCitation/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.cited_text !== undefined){
const _errs16 = errors;
if(typeof data3.cited_text !== "string"){
const err5 = {instancePath:instancePath+"/citations/" + i0+"/cited_text",schemaPath:"#/$defs/AnthropicCitation/properties/cited_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/citations/" + i0,schemaPath:"#/$defs/AnthropicCitation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err9 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate13.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data6 = data.cache_control;
const _errs20 = errors;
const _errs21 = errors;
let valid5 = false;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
const _errs26 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("ephemeral" !== data7){
const err12 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid7 = _errs26 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data6.ttl !== undefined){
let data8 = data6.ttl;
const _errs28 = errors;
const _errs29 = errors;
let valid8 = false;
const _errs30 = errors;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("5m" !== data8){
const err14 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid8 = valid8 || _valid2;
if(!valid8){
const _errs32 = errors;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("1h" !== data8){
const err16 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid8 = valid8 || _valid2;
}
if(!valid8){
const err17 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
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
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid1 = _errs22 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs34 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs34 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err20 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate13.errors = vErrors;
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
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
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

const schema17 = {"additionalProperties":true,"type":"object","required":["type","source"],"properties":{"type":{"const":"image","type":"string"},"source":{"$ref":"#/$defs/AnthropicImageSource"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};
const schema18 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"base64","type":"string"},"media_type":{"anyOf":[{"const":"image/jpeg","type":"string"},{"const":"image/png","type":"string"},{"const":"image/gif","type":"string"},{"const":"image/webp","type":"string"}]},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"url","type":"string"},"url":{"minLength":1,"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"file","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"}}}]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("image" !== data0){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "image"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
const _errs8 = errors;
if(typeof data1.type !== "string"){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
const tag0 = data1.type;
if(typeof tag0 == "string"){
if(tag0 === "base64"){
const _errs10 = errors;
if(errors === _errs10){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if((((data1.type === undefined) && (missing2 = "type")) || ((data1.media_type === undefined) && (missing2 = "media_type"))) || ((data1.data === undefined) && (missing2 = "data"))){
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data1.type !== undefined){
let data3 = data1.type;
const _errs13 = errors;
if(typeof data3 !== "string"){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("base64" !== data3){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "base64"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data1.media_type !== undefined){
let data4 = data1.media_type;
const _errs15 = errors;
const _errs16 = errors;
let valid6 = false;
const _errs17 = errors;
if(typeof data4 !== "string"){
const err0 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("image/jpeg" !== data4){
const err1 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/0/const",keyword:"const",params:{allowedValue: "image/jpeg"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs19 = errors;
if(typeof data4 !== "string"){
const err2 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("image/png" !== data4){
const err3 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/1/const",keyword:"const",params:{allowedValue: "image/png"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs21 = errors;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("image/gif" !== data4){
const err5 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/2/const",keyword:"const",params:{allowedValue: "image/gif"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs23 = errors;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("image/webp" !== data4){
const err7 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf/3/const",keyword:"const",params:{allowedValue: "image/webp"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid6 = valid6 || _valid0;
}
}
}
if(!valid6){
const err8 = {instancePath:instancePath+"/source/media_type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/media_type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate14.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data1.data !== undefined){
const _errs25 = errors;
if(typeof data1.data !== "string"){
validate14.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "url"){
const _errs27 = errors;
if(errors === _errs27){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing3;
if(((data1.type === undefined) && (missing3 = "type")) || ((data1.url === undefined) && (missing3 = "url"))){
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data1.type !== undefined){
let data6 = data1.type;
const _errs30 = errors;
if(typeof data6 !== "string"){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("url" !== data6){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "url"},message:"must be equal to constant"}];
return false;
}
var valid8 = _errs30 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data1.url !== undefined){
let data7 = data1.url;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate14.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "file"){
const _errs34 = errors;
if(errors === _errs34){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing4;
if(((data1.type === undefined) && (missing4 = "type")) || ((data1.file_id === undefined) && (missing4 = "file_id"))){
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data1.type !== undefined){
let data8 = data1.type;
const _errs37 = errors;
if(typeof data8 !== "string"){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("file" !== data8){
validate14.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data1.file_id !== undefined){
let data9 = data1.file_id;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data9 === "string"){
if(func2(data9) > 512){
validate14.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data9) < 1){
validate14.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/AnthropicImageSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data10 = data.cache_control;
const _errs41 = errors;
const _errs42 = errors;
let valid11 = false;
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing5;
if((data10.type === undefined) && (missing5 = "type")){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data10.type !== undefined){
let data11 = data10.type;
const _errs47 = errors;
if(typeof data11 !== "string"){
const err10 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("ephemeral" !== data11){
const err11 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid13 = _errs47 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data10.ttl !== undefined){
let data12 = data10.ttl;
const _errs49 = errors;
const _errs50 = errors;
let valid14 = false;
const _errs51 = errors;
if(typeof data12 !== "string"){
const err12 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("5m" !== data12){
const err13 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs51 === errors;
valid14 = valid14 || _valid2;
if(!valid14){
const _errs53 = errors;
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("1h" !== data12){
const err15 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs53 === errors;
valid14 = valid14 || _valid2;
}
if(!valid14){
const err16 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid1 = _errs43 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const _errs55 = errors;
if(data10 !== null){
const err18 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs55 === errors;
valid11 = valid11 || _valid1;
}
if(!valid11){
const err19 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate14.errors = vErrors;
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

const schema20 = {"additionalProperties":true,"type":"object","required":["type","source"],"properties":{"type":{"const":"document","type":"string"},"source":{"$ref":"#/$defs/AnthropicDocumentSource"},"title":{"anyOf":[{"type":"string"},{"type":"null"}]},"context":{"anyOf":[{"type":"string"},{"type":"null"}]},"citations":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{"enabled":{"type":"boolean"}}},{"type":"null"}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};
const schema21 = {"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"base64","type":"string"},"media_type":{"const":"application/pdf","type":"string"},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"url","type":"string"},"url":{"minLength":1,"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","media_type","data"],"properties":{"type":{"const":"text","type":"string"},"media_type":{"const":"text/plain","type":"string"},"data":{"type":"string"}}},{"additionalProperties":true,"type":"object","required":["type","content"],"properties":{"type":{"const":"content","type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"}]}},{"type":"string"}]}}},{"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"file","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"}}}]};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if(typeof data.type !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(tag0 === "base64"){
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.type === undefined) && (missing1 = "type")) || ((data.media_type === undefined) && (missing1 = "media_type"))) || ((data.data === undefined) && (missing1 = "data"))){
validate16.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("base64" !== data1){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "base64"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.media_type !== undefined){
let data2 = data.media_type;
const _errs9 = errors;
if(typeof data2 !== "string"){
validate16.errors = [{instancePath:instancePath+"/media_type",schemaPath:"#/oneOf/0/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("application/pdf" !== data2){
validate16.errors = [{instancePath:instancePath+"/media_type",schemaPath:"#/oneOf/0/properties/media_type/const",keyword:"const",params:{allowedValue: "application/pdf"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.data !== undefined){
const _errs11 = errors;
if(typeof data.data !== "string"){
validate16.errors = [{instancePath:instancePath+"/data",schemaPath:"#/oneOf/0/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "url"){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.url === undefined) && (missing2 = "url"))){
validate16.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data4 = data.type;
const _errs16 = errors;
if(typeof data4 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("url" !== data4){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "url"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.url !== undefined){
let data5 = data.url;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate16.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/1/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "text"){
const _errs20 = errors;
if(errors === _errs20){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((((data.type === undefined) && (missing3 = "type")) || ((data.media_type === undefined) && (missing3 = "media_type"))) || ((data.data === undefined) && (missing3 = "data"))){
validate16.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data6 = data.type;
const _errs23 = errors;
if(typeof data6 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text" !== data6){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.media_type !== undefined){
let data7 = data.media_type;
const _errs25 = errors;
if(typeof data7 !== "string"){
validate16.errors = [{instancePath:instancePath+"/media_type",schemaPath:"#/oneOf/2/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text/plain" !== data7){
validate16.errors = [{instancePath:instancePath+"/media_type",schemaPath:"#/oneOf/2/properties/media_type/const",keyword:"const",params:{allowedValue: "text/plain"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.data !== undefined){
const _errs27 = errors;
if(typeof data.data !== "string"){
validate16.errors = [{instancePath:instancePath+"/data",schemaPath:"#/oneOf/2/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "content"){
const _errs29 = errors;
if(errors === _errs29){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.content === undefined) && (missing4 = "content"))){
validate16.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data9 = data.type;
const _errs32 = errors;
if(typeof data9 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("content" !== data9){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "content"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.content !== undefined){
let data10 = data.content;
const _errs34 = errors;
const _errs35 = errors;
let valid10 = false;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data10)){
if(data10.length > 10000){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/3/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid11 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs38 = errors;
if(errors === _errs38){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing5;
if((data11.type === undefined) && (missing5 = "type")){
const err1 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/oneOf/3/properties/content/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data11.type !== undefined){
const _errs41 = errors;
if(typeof data11.type !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/oneOf/3/properties/content/anyOf/0/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid12 = _errs41 === errors;
}
else {
var valid12 = true;
}
if(valid12){
const tag1 = data11.type;
if(typeof tag1 == "string"){
if(tag1 === "text"){
if(!(validate13(data11, {instancePath:instancePath+"/content/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
else if(tag1 === "image"){
if(!(validate14(data11, {instancePath:instancePath+"/content/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
else {
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/oneOf/3/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag1},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/oneOf/3/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag1},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/oneOf/3/properties/content/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid11 = _errs38 === errors;
if(!valid11){
break;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/3/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs36 === errors;
valid10 = valid10 || _valid0;
if(!valid10){
const _errs45 = errors;
if(typeof data10 !== "string"){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/3/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs45 === errors;
valid10 = valid10 || _valid0;
}
if(!valid10){
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/oneOf/3/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs34 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "file"){
const _errs47 = errors;
if(errors === _errs47){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if(((data.type === undefined) && (missing6 = "type")) || ((data.file_id === undefined) && (missing6 = "file_id"))){
validate16.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data13 = data.type;
const _errs50 = errors;
if(typeof data13 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("file" !== data13){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"}];
return false;
}
var valid17 = _errs50 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data.file_id !== undefined){
let data14 = data.file_id;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data14 === "string"){
if(func2(data14) > 512){
validate16.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/oneOf/4/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data14) < 1){
validate16.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/oneOf/4/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/oneOf/4/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs52 === errors;
}
else {
var valid17 = true;
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
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


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate15.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("document" !== data0){
validate15.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "document"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs4 = errors;
if(!(validate16(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data2 = data.title;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err0 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(data2 !== null){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data3 = data.context;
const _errs11 = errors;
const _errs12 = errors;
let valid2 = false;
const _errs13 = errors;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(data3 !== null){
const err4 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err5 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate15.errors = vErrors;
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
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data4 = data.citations;
const _errs17 = errors;
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(errors === _errs19){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.enabled !== undefined){
if(typeof data4.enabled !== "boolean"){
const err6 = {instancePath:instancePath+"/citations/enabled",schemaPath:"#/properties/citations/anyOf/0/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid2 = _errs19 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs24 = errors;
if(data4 !== null){
const err8 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err9 = {instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data6 = data.cache_control;
const _errs26 = errors;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.type === undefined) && (missing1 = "type")){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
const _errs32 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("ephemeral" !== data7){
const err12 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data6.ttl !== undefined){
let data8 = data6.ttl;
const _errs34 = errors;
const _errs35 = errors;
let valid8 = false;
const _errs36 = errors;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("5m" !== data8){
const err14 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs36 === errors;
valid8 = valid8 || _valid4;
if(!valid8){
const _errs38 = errors;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("1h" !== data8){
const err16 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid8 = valid8 || _valid4;
}
if(!valid8){
const err17 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid3 = _errs28 === errors;
valid5 = valid5 || _valid3;
if(!valid5){
const _errs40 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid5 = valid5 || _valid3;
}
if(!valid5){
const err20 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs26 === errors;
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
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema23 = {"additionalProperties":true,"type":"object","required":["type","source","title","content"],"properties":{"type":{"const":"search_result","type":"string"},"source":{"type":"string"},"title":{"type":"string"},"content":{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicTextBlock"}},"citations":{"additionalProperties":true,"type":"object","properties":{"enabled":{"type":"boolean"}}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.content === undefined) && (missing0 = "content"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("search_result" !== data0){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "search_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs4 = errors;
if(typeof data.source !== "string"){
validate20.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs6 = errors;
if(typeof data.title !== "string"){
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data3 = data.content;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
if(data3.length > 10000){
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate13(data3[i0], {instancePath:instancePath+"/content/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data5 = data.citations;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.enabled !== undefined){
if(typeof data5.enabled !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/citations/enabled",schemaPath:"#/properties/citations/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data7 = data.cache_control;
const _errs16 = errors;
const _errs17 = errors;
let valid3 = false;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((data7.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs22 = errors;
if(typeof data8 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data8){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.ttl !== undefined){
let data9 = data7.ttl;
const _errs24 = errors;
const _errs25 = errors;
let valid6 = false;
const _errs26 = errors;
if(typeof data9 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data9){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs28 = errors;
if(typeof data9 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data9){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs30 = errors;
if(data7 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const schema25 = {"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("tool_use" !== data0){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_use"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
validate22.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data4 = data.cache_control;
const _errs11 = errors;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
let data5 = data4.type;
const _errs17 = errors;
if(typeof data5 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data5){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.ttl !== undefined){
let data6 = data4.ttl;
const _errs19 = errors;
const _errs20 = errors;
let valid4 = false;
const _errs21 = errors;
if(typeof data6 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data6){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs23 = errors;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data6){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs25 = errors;
if(data4 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate22.errors = vErrors;
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
var valid0 = _errs11 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema27 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/AnthropicTextBlock"},{"$ref":"#/$defs/AnthropicImageBlock"},{"$ref":"#/$defs/AnthropicDocumentBlock"},{"$ref":"#/$defs/AnthropicSearchResultBlock"}]}},{"type":"string"}]},"is_error":{"type":"boolean"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("tool_result" !== data0){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate23.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
if(data2.length > 10000){
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
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.type === undefined) && (missing1 = "type")){
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
if(data3.type !== undefined){
const _errs13 = errors;
if(typeof data3.type !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/anyOf/0/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
const tag0 = data3.type;
if(typeof tag0 == "string"){
if(tag0 === "text"){
if(!(validate13(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
else if(tag0 === "image"){
if(!(validate14(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
else if(tag0 === "document"){
if(!(validate15(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
else if(tag0 === "search_result"){
if(!(validate20(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
else {
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs10 === errors;
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
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs19 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs19 === errors;
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
validate23.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.is_error !== undefined){
const _errs21 = errors;
if(typeof data.is_error !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/is_error",schemaPath:"#/properties/is_error/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data6 = data.cache_control;
const _errs23 = errors;
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
const _errs29 = errors;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("ephemeral" !== data7){
const err11 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
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
if(valid11){
if(data6.ttl !== undefined){
let data8 = data6.ttl;
const _errs31 = errors;
const _errs32 = errors;
let valid12 = false;
const _errs33 = errors;
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("5m" !== data8){
const err13 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs35 = errors;
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("1h" !== data8){
const err15 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err16 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs31 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid1 = _errs25 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs37 = errors;
if(data6 !== null){
const err18 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err19 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs23 === errors;
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

const schema29 = {"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"server_tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("server_tool_use" !== data0){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "server_tool_use"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
validate28.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data4 = data.cache_control;
const _errs11 = errors;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
let data5 = data4.type;
const _errs17 = errors;
if(typeof data5 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data5){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.ttl !== undefined){
let data6 = data4.ttl;
const _errs19 = errors;
const _errs20 = errors;
let valid4 = false;
const _errs21 = errors;
if(typeof data6 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data6){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs23 = errors;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data6){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs25 = errors;
if(data4 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate28.errors = vErrors;
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
var valid0 = _errs11 === errors;
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

const schema31 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id","content"],"properties":{"type":{"const":"web_search_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{"anyOf":[{"maxItems":10000,"type":"array","items":{"additionalProperties":true,"type":"object","required":["type","url"],"properties":{"type":{"const":"web_search_result","type":"string"},"url":{"type":"string"},"title":{"type":"string"},"encrypted_content":{"type":"string"},"page_age":{"anyOf":[{"maxLength":512,"type":"string"},{"type":"null"}]}}}},{"additionalProperties":true,"type":"object","required":["type","error_code"],"properties":{"type":{"const":"web_search_tool_result_error","type":"string"},"error_code":{"maxLength":512,"type":"string"}}}]},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))) || ((data.content === undefined) && (missing0 = "content"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("web_search_tool_result" !== data0){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "web_search_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate29.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
if(data2.length > 10000){
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
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.type === undefined) && (missing1 = "type")) || ((data3.url === undefined) && (missing1 = "url"))){
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
if(data3.type !== undefined){
let data4 = data3.type;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err2 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/anyOf/0/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("web_search_result" !== data4){
const err3 = {instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/anyOf/0/items/properties/type/const",keyword:"const",params:{allowedValue: "web_search_result"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.url !== undefined){
const _errs15 = errors;
if(typeof data3.url !== "string"){
const err4 = {instancePath:instancePath+"/content/" + i0+"/url",schemaPath:"#/properties/content/anyOf/0/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.title !== undefined){
const _errs17 = errors;
if(typeof data3.title !== "string"){
const err5 = {instancePath:instancePath+"/content/" + i0+"/title",schemaPath:"#/properties/content/anyOf/0/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.encrypted_content !== undefined){
const _errs19 = errors;
if(typeof data3.encrypted_content !== "string"){
const err6 = {instancePath:instancePath+"/content/" + i0+"/encrypted_content",schemaPath:"#/properties/content/anyOf/0/items/properties/encrypted_content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.page_age !== undefined){
let data8 = data3.page_age;
const _errs21 = errors;
const _errs22 = errors;
let valid4 = false;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(func2(data8) > 512){
const err7 = {instancePath:instancePath+"/content/" + i0+"/page_age",schemaPath:"#/properties/content/anyOf/0/items/properties/page_age/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/content/" + i0+"/page_age",schemaPath:"#/properties/content/anyOf/0/items/properties/page_age/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs25 = errors;
if(data8 !== null){
const err9 = {instancePath:instancePath+"/content/" + i0+"/page_age",schemaPath:"#/properties/content/anyOf/0/items/properties/page_age/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err10 = {instancePath:instancePath+"/content/" + i0+"/page_age",schemaPath:"#/properties/content/anyOf/0/items/properties/page_age/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs27 = errors;
if(errors === _errs27){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((data2.type === undefined) && (missing2 = "type")) || ((data2.error_code === undefined) && (missing2 = "error_code"))){
const err13 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data2.type !== undefined){
let data9 = data2.type;
const _errs30 = errors;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/content/type",schemaPath:"#/properties/content/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("web_search_tool_result_error" !== data9){
const err15 = {instancePath:instancePath+"/content/type",schemaPath:"#/properties/content/anyOf/1/properties/type/const",keyword:"const",params:{allowedValue: "web_search_tool_result_error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data2.error_code !== undefined){
let data10 = data2.error_code;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data10 === "string"){
if(func2(data10) > 512){
const err16 = {instancePath:instancePath+"/content/error_code",schemaPath:"#/properties/content/anyOf/1/properties/error_code/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/content/error_code",schemaPath:"#/properties/content/anyOf/1/properties/error_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err19 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate29.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data11 = data.cache_control;
const _errs34 = errors;
const _errs35 = errors;
let valid6 = false;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.type === undefined) && (missing3 = "type")){
const err20 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data11.type !== undefined){
let data12 = data11.type;
const _errs40 = errors;
if(typeof data12 !== "string"){
const err21 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("ephemeral" !== data12){
const err22 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.ttl !== undefined){
let data13 = data11.ttl;
const _errs42 = errors;
const _errs43 = errors;
let valid9 = false;
const _errs44 = errors;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("5m" !== data13){
const err24 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs44 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs46 = errors;
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("1h" !== data13){
const err26 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs46 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
const err27 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid2 = _errs36 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs48 = errors;
if(data11 !== null){
const err29 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs48 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
const err30 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
validate29.errors = vErrors;
return false;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

const schema33 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"web_fetch_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("web_fetch_tool_result" !== data0){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "web_fetch_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate30.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate30.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate30.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

const schema35 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("code_execution_tool_result" !== data0){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "code_execution_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate31.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate31.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate31.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

const schema37 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"bash_code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("bash_code_execution_tool_result" !== data0){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "bash_code_execution_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate32.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate32.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate32.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

const schema39 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"text_editor_code_execution_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("text_editor_code_execution_tool_result" !== data0){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text_editor_code_execution_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate33.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate33.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate33.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

const schema41 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"tool_search_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("tool_search_tool_result" !== data0){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_search_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate34.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate34.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate34.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const schema43 = {"additionalProperties":true,"type":"object","required":["type","id","name","input"],"properties":{"type":{"const":"mcp_tool_use","type":"string"},"id":{"maxLength":512,"minLength":1,"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"server_name":{"maxLength":512,"type":"string"},"input":{"additionalProperties":true,"type":"object","properties":{}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("mcp_tool_use" !== data0){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mcp_tool_use"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server_name !== undefined){
let data3 = data.server_name;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) > 512){
validate35.errors = [{instancePath:instancePath+"/server_name",schemaPath:"#/properties/server_name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/server_name",schemaPath:"#/properties/server_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data4 = data.input;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
validate35.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data5 = data.cache_control;
const _errs13 = errors;
const _errs14 = errors;
let valid1 = false;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data5.type !== undefined){
let data6 = data5.type;
const _errs19 = errors;
if(typeof data6 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data6){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.ttl !== undefined){
let data7 = data5.ttl;
const _errs21 = errors;
const _errs22 = errors;
let valid4 = false;
const _errs23 = errors;
if(typeof data7 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data7){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs25 = errors;
if(typeof data7 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data7){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs27 = errors;
if(data5 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
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
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

const schema45 = {"additionalProperties":true,"type":"object","required":["type","tool_use_id"],"properties":{"type":{"const":"mcp_tool_result","type":"string"},"tool_use_id":{"maxLength":512,"minLength":1,"type":"string"},"content":{},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("mcp_tool_result" !== data0){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mcp_tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate36.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate36.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate36.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

const schema47 = {"additionalProperties":true,"type":"object","required":["type","file_id"],"properties":{"type":{"const":"container_upload","type":"string"},"file_id":{"maxLength":512,"minLength":1,"type":"string"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.file_id === undefined) && (missing0 = "file_id"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("container_upload" !== data0){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "container_upload"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file_id !== undefined){
let data1 = data.file_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate37.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate37.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err0 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ephemeral" !== data3){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("5m" !== data4){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("1h" !== data4){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate37.errors = vErrors;
return false;
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
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if(typeof data.type !== "string"){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(tag0 === "text"){
if(!(validate13(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
else if(tag0 === "image"){
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
else if(tag0 === "document"){
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
else if(tag0 === "search_result"){
if(!(validate20(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
else if(tag0 === "tool_use"){
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
else if(tag0 === "tool_result"){
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
else if(tag0 === "thinking"){
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.type === undefined) && (missing1 = "type")) || ((data.thinking === undefined) && (missing1 = "thinking"))) || ((data.signature === undefined) && (missing1 = "signature"))){
validate12.errors = [{instancePath,schemaPath:"#/$defs/AnthropicThinkingBlock/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data1 = data.type;
const _errs14 = errors;
if(typeof data1 !== "string"){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/AnthropicThinkingBlock/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("thinking" !== data1){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/AnthropicThinkingBlock/properties/type/const",keyword:"const",params:{allowedValue: "thinking"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs14 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.thinking !== undefined){
const _errs16 = errors;
if(typeof data.thinking !== "string"){
validate12.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingBlock/properties/thinking/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs16 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.signature !== undefined){
const _errs18 = errors;
if(typeof data.signature !== "string"){
validate12.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/AnthropicThinkingBlock/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs18 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/$defs/AnthropicThinkingBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "redacted_thinking"){
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.data === undefined) && (missing2 = "data"))){
validate12.errors = [{instancePath,schemaPath:"#/$defs/AnthropicRedactedThinkingBlock/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data4 = data.type;
const _errs24 = errors;
if(typeof data4 !== "string"){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/AnthropicRedactedThinkingBlock/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("redacted_thinking" !== data4){
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/AnthropicRedactedThinkingBlock/properties/type/const",keyword:"const",params:{allowedValue: "redacted_thinking"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs24 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data.data !== undefined){
const _errs26 = errors;
if(typeof data.data !== "string"){
validate12.errors = [{instancePath:instancePath+"/data",schemaPath:"#/$defs/AnthropicRedactedThinkingBlock/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs26 === errors;
}
else {
var valid13 = true;
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/$defs/AnthropicRedactedThinkingBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "server_tool_use"){
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
else if(tag0 === "web_search_tool_result"){
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
else if(tag0 === "web_fetch_tool_result"){
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
else if(tag0 === "code_execution_tool_result"){
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
else if(tag0 === "bash_code_execution_tool_result"){
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
else if(tag0 === "text_editor_code_execution_tool_result"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
else if(tag0 === "tool_search_tool_result"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
else if(tag0 === "mcp_tool_use"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
else if(tag0 === "mcp_tool_result"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
else if(tag0 === "container_upload"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
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


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("user" !== data0){
const err1 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/0/const",keyword:"const",params:{allowedValue: "user"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("assistant" !== data0){
const err3 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/1/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("system" !== data0){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf/2/const",keyword:"const",params:{allowedValue: "system"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs10 = errors;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data1)){
if(data1.length > 10000){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
var valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(!(validate12(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err10 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
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

const schema51 = {"anyOf":[{"maxItems":10000,"type":"array","items":{"$ref":"#/$defs/AnthropicTextBlock"}},{"type":"string"}]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data)){
if(data.length > 10000){
const err0 = {instancePath,schemaPath:"#/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate13(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate56.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate56.errors = vErrors;
return errors === 0;
}

const schema53 = {"anyOf":[{"$ref":"#/$defs/AnthropicCustomTool"},{"$ref":"#/$defs/AnthropicServerTool"}]};
const schema54 = {"additionalProperties":true,"type":"object","required":["name","input_schema"],"properties":{"type":{"const":"custom","type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"description":{"type":"string"},"input_schema":{"additionalProperties":true,"type":"object","required":["type"],"properties":{"type":{"const":"object","type":"string"},"properties":{"anyOf":[{"additionalProperties":true,"type":"object","properties":{}},{"type":"null"}]},"required":{"anyOf":[{"maxItems":10000,"type":"array","items":{"maxLength":512,"type":"string"}},{"type":"null"}]}}},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.input_schema === undefined) && (missing0 = "input_schema"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("custom" !== data0){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate60.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate60.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate60.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_schema !== undefined){
let data3 = data.input_schema;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.type === undefined) && (missing1 = "type")){
validate60.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/properties/input_schema/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.type !== undefined){
let data4 = data3.type;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate60.errors = [{instancePath:instancePath+"/input_schema/type",schemaPath:"#/properties/input_schema/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("object" !== data4){
validate60.errors = [{instancePath:instancePath+"/input_schema/type",schemaPath:"#/properties/input_schema/properties/type/const",keyword:"const",params:{allowedValue: "object"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.properties !== undefined){
let data5 = data3.properties;
const _errs13 = errors;
const _errs14 = errors;
let valid2 = false;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err0 = {instancePath:instancePath+"/input_schema/properties",schemaPath:"#/properties/input_schema/properties/properties/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs18 = errors;
if(data5 !== null){
const err1 = {instancePath:instancePath+"/input_schema/properties",schemaPath:"#/properties/input_schema/properties/properties/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err2 = {instancePath:instancePath+"/input_schema/properties",schemaPath:"#/properties/input_schema/properties/properties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate60.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.required !== undefined){
let data6 = data3.required;
const _errs20 = errors;
const _errs21 = errors;
let valid3 = false;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data6)){
if(data6.length > 10000){
const err3 = {instancePath:instancePath+"/input_schema/required",schemaPath:"#/properties/input_schema/properties/required/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
var valid4 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs24 = errors;
if(errors === _errs24){
if(typeof data7 === "string"){
if(func2(data7) > 512){
const err4 = {instancePath:instancePath+"/input_schema/required/" + i0,schemaPath:"#/properties/input_schema/properties/required/anyOf/0/items/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/input_schema/required/" + i0,schemaPath:"#/properties/input_schema/properties/required/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/input_schema/required",schemaPath:"#/properties/input_schema/properties/required/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs22 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs26 = errors;
if(data6 !== null){
const err7 = {instancePath:instancePath+"/input_schema/required",schemaPath:"#/properties/input_schema/properties/required/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err8 = {instancePath:instancePath+"/input_schema/required",schemaPath:"#/properties/input_schema/properties/required/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate60.errors = vErrors;
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
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/properties/input_schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data8 = data.cache_control;
const _errs28 = errors;
const _errs29 = errors;
let valid5 = false;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.type === undefined) && (missing2 = "type")){
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data8.type !== undefined){
let data9 = data8.type;
const _errs34 = errors;
if(typeof data9 !== "string"){
const err10 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("ephemeral" !== data9){
const err11 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.ttl !== undefined){
let data10 = data8.ttl;
const _errs36 = errors;
const _errs37 = errors;
let valid8 = false;
const _errs38 = errors;
if(typeof data10 !== "string"){
const err12 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("5m" !== data10){
const err13 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs40 = errors;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("1h" !== data10){
const err15 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid8 = valid8 || _valid3;
}
if(!valid8){
const err16 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid2 = _errs30 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs42 = errors;
if(data8 !== null){
const err18 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs42 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err19 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate60.errors = vErrors;
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
var valid0 = _errs28 === errors;
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
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

const schema56 = {"additionalProperties":true,"type":"object","required":["type","name"],"properties":{"type":{"maxLength":512,"minLength":1,"not":{"const":"custom"},"type":"string"},"name":{"maxLength":512,"minLength":1,"type":"string"},"cache_control":{"anyOf":[{"$ref":"#/$defs/AnthropicCacheControl"},{"type":"null"}]}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.name === undefined) && (missing0 = "name"))){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
const _errs4 = errors;
const _errs5 = errors;
if("custom" !== data0){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid1 = _errs5 === errors;
if(valid1){
validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 512){
validate62.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate62.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs8 = errors;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err1 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
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
const _errs14 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("ephemeral" !== data3){
const err3 = {instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/AnthropicCacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("5m" !== data4){
const err5 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/0/const",keyword:"const",params:{allowedValue: "5m"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs20 = errors;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("1h" !== data4){
const err7 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf/1/const",keyword:"const",params:{allowedValue: "1h"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err8 = {instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/AnthropicCacheControl/properties/ttl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
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
else {
const err9 = {instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/AnthropicCacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs22 = errors;
if(data2 !== null){
const err10 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err11 = {instancePath:instancePath+"/cache_control",schemaPath:"#/properties/cache_control/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate62.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate59.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate59.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.model === undefined) && (missing0 = "model")) || ((data.messages === undefined) && (missing0 = "messages"))) || ((data.max_tokens === undefined) && (missing0 = "max_tokens"))){
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
if(data.max_tokens !== undefined){
let data3 = data.max_tokens;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate10.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate10.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.system !== undefined){
const _errs9 = errors;
if(!(validate56(data.system, {instancePath:instancePath+"/system",parentData:data,parentDataProperty:"system",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data5 = data.temperature;
const _errs10 = errors;
if(errors === _errs10){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data6 = data.top_p;
const _errs12 = errors;
if(errors === _errs12){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1 || isNaN(data6)){
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_k !== undefined){
let data7 = data.top_k;
const _errs14 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate10.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate10.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop_sequences !== undefined){
let data8 = data.stop_sequences;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
if(data8.length > 8192){
validate10.errors = [{instancePath:instancePath+"/stop_sequences",schemaPath:"#/properties/stop_sequences/maxItems",keyword:"maxItems",params:{limit: 8192},message:"must NOT have more than 8192 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs18 = errors;
if(typeof data8[i1] !== "string"){
validate10.errors = [{instancePath:instancePath+"/stop_sequences/" + i1,schemaPath:"#/properties/stop_sequences/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/stop_sequences",schemaPath:"#/properties/stop_sequences/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
const _errs20 = errors;
if(typeof data.stream !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data11 = data.metadata;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.user_id !== undefined){
let data12 = data11.user_id;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data12 === "string"){
if(func2(data12) > 256){
const err0 = {instancePath:instancePath+"/metadata/user_id",schemaPath:"#/$defs/AnthropicMetadata/properties/user_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/metadata/user_id",schemaPath:"#/$defs/AnthropicMetadata/properties/user_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs30 = errors;
if(data12 !== null){
const err2 = {instancePath:instancePath+"/metadata/user_id",schemaPath:"#/$defs/AnthropicMetadata/properties/user_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid5 = valid5 || _valid0;
}
if(!valid5){
const err3 = {instancePath:instancePath+"/metadata/user_id",schemaPath:"#/$defs/AnthropicMetadata/properties/user_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/$defs/AnthropicMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data13 = data.tools;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data13)){
if(data13.length > 10000){
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid6 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate59(data13[i2], {instancePath:instancePath+"/tools/" + i2,parentData:data13,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid6 = _errs34 === errors;
if(!valid6){
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
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
let data15 = data.tool_choice;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if((data15.type === undefined) && (missing1 = "type")){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data15.type !== undefined){
const _errs39 = errors;
if(typeof data15.type !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
const tag0 = data15.type;
if(typeof tag0 == "string"){
if(tag0 === "auto"){
const _errs41 = errors;
if(errors === _errs41){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if((data15.type === undefined) && (missing2 = "type")){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data15.type !== undefined){
let data17 = data15.type;
const _errs44 = errors;
if(typeof data17 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("auto" !== data17){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs44 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data15.disable_parallel_tool_use !== undefined){
const _errs46 = errors;
if(typeof data15.disable_parallel_tool_use !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/disable_parallel_tool_use",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/0/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs46 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "any"){
const _errs48 = errors;
if(errors === _errs48){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing3;
if((data15.type === undefined) && (missing3 = "type")){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data15.type !== undefined){
let data19 = data15.type;
const _errs51 = errors;
if(typeof data19 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("any" !== data19){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "any"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data15.disable_parallel_tool_use !== undefined){
const _errs53 = errors;
if(typeof data15.disable_parallel_tool_use !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/disable_parallel_tool_use",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/1/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid13 = _errs53 === errors;
}
else {
var valid13 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "tool"){
const _errs55 = errors;
if(errors === _errs55){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if(((data15.type === undefined) && (missing4 = "type")) || ((data15.name === undefined) && (missing4 = "name"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data15.type !== undefined){
let data21 = data15.type;
const _errs58 = errors;
if(typeof data21 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("tool" !== data21){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "tool"},message:"must be equal to constant"}];
return false;
}
var valid15 = _errs58 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.name !== undefined){
let data22 = data15.name;
const _errs60 = errors;
if(errors === _errs60){
if(typeof data22 === "string"){
if(func2(data22) > 512){
validate10.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data22) < 1){
validate10.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs60 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.disable_parallel_tool_use !== undefined){
const _errs62 = errors;
if(typeof data15.disable_parallel_tool_use !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/disable_parallel_tool_use",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid15 = _errs62 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "none"){
const _errs64 = errors;
if(errors === _errs64){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing5;
if((data15.type === undefined) && (missing5 = "type")){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/3/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data15.type !== undefined){
let data24 = data15.type;
if(typeof data24 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/3/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("none" !== data24){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/AnthropicToolChoice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data25 = data.service_tier;
const _errs69 = errors;
const _errs70 = errors;
let valid18 = false;
const _errs71 = errors;
if(typeof data25 !== "string"){
const err4 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("auto" !== data25){
const err5 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/0/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs71 === errors;
valid18 = valid18 || _valid1;
if(!valid18){
const _errs73 = errors;
if(typeof data25 !== "string"){
const err6 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("standard_only" !== data25){
const err7 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf/1/const",keyword:"const",params:{allowedValue: "standard_only"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs73 === errors;
valid18 = valid18 || _valid1;
}
if(!valid18){
const err8 = {instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinking !== undefined){
let data26 = data.thinking;
const _errs75 = errors;
const _errs76 = errors;
if(errors === _errs76){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing6;
if((data26.type === undefined) && (missing6 = "type")){
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data26.type !== undefined){
const _errs79 = errors;
if(typeof data26.type !== "string"){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs79 === errors;
}
else {
var valid20 = true;
}
if(valid20){
const tag1 = data26.type;
if(typeof tag1 == "string"){
if(tag1 === "enabled"){
const _errs81 = errors;
if(errors === _errs81){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing7;
if(((data26.type === undefined) && (missing7 = "type")) || ((data26.budget_tokens === undefined) && (missing7 = "budget_tokens"))){
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data26.type !== undefined){
let data28 = data26.type;
const _errs84 = errors;
if(typeof data28 !== "string"){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("enabled" !== data28){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "enabled"},message:"must be equal to constant"}];
return false;
}
var valid23 = _errs84 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data26.budget_tokens !== undefined){
let data29 = data26.budget_tokens;
const _errs86 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate10.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/properties/budget_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs86){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1024 || isNaN(data29)){
validate10.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/properties/budget_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"}];
return false;
}
}
}
var valid23 = _errs86 === errors;
}
else {
var valid23 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag1 === "disabled"){
const _errs88 = errors;
if(errors === _errs88){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing8;
if((data26.type === undefined) && (missing8 = "type")){
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/1/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data26.type !== undefined){
let data30 = data26.type;
if(typeof data30 !== "string"){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("disabled" !== data30){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "disabled"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag1 === "adaptive"){
const _errs93 = errors;
if(errors === _errs93){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing9;
if((data26.type === undefined) && (missing9 = "type")){
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/2/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data26.type !== undefined){
let data31 = data26.type;
if(typeof data31 !== "string"){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/2/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("adaptive" !== data31){
validate10.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "adaptive"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag1},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag1},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/AnthropicThinkingConfig/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.container !== undefined){
let data32 = data.container;
const _errs98 = errors;
const _errs99 = errors;
let valid28 = false;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data32 === "string"){
if(func2(data32) > 512){
const err9 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs100 === errors;
valid28 = valid28 || _valid2;
if(!valid28){
const _errs102 = errors;
if(data32 !== null){
const err11 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs102 === errors;
valid28 = valid28 || _valid2;
}
if(!valid28){
const err12 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context_management !== undefined){
let data33 = data.context_management;
const _errs104 = errors;
const _errs105 = errors;
let valid29 = false;
const _errs106 = errors;
if(errors === _errs106){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
}
else {
const err13 = {instancePath:instancePath+"/context_management",schemaPath:"#/properties/context_management/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid3 = _errs106 === errors;
valid29 = valid29 || _valid3;
if(!valid29){
const _errs109 = errors;
if(data33 !== null){
const err14 = {instancePath:instancePath+"/context_management",schemaPath:"#/properties/context_management/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs109 === errors;
valid29 = valid29 || _valid3;
}
if(!valid29){
const err15 = {instancePath:instancePath+"/context_management",schemaPath:"#/properties/context_management/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs105;
if(vErrors !== null){
if(_errs105){
vErrors.length = _errs105;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs104 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_config !== undefined){
let data34 = data.output_config;
const _errs111 = errors;
if(errors === _errs111){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
}
else {
validate10.errors = [{instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mcp_servers !== undefined){
let data35 = data.mcp_servers;
const _errs114 = errors;
if(errors === _errs114){
if(Array.isArray(data35)){
if(data35.length > 1000){
validate10.errors = [{instancePath:instancePath+"/mcp_servers",schemaPath:"#/properties/mcp_servers/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid30 = true;
const len3 = data35.length;
for(let i3=0; i3<len3; i3++){
let data36 = data35[i3];
const _errs116 = errors;
if(errors === _errs116){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
}
else {
validate10.errors = [{instancePath:instancePath+"/mcp_servers/" + i3,schemaPath:"#/properties/mcp_servers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid30 = _errs116 === errors;
if(!valid30){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/mcp_servers",schemaPath:"#/properties/mcp_servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs114 === errors;
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
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

