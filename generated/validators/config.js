// generated from specs/ — do not edit (npm run gen)
// Validator "config" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func4__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":false,"type":"object","required":["providers"],"properties":{"server":{"additionalProperties":false,"type":"object","properties":{"host":{"default":"127.0.0.1","type":"string"},"port":{"minimum":0,"maximum":65535,"default":4000,"type":"integer"},"anthropic_port":{"minimum":0,"maximum":65535,"type":"integer"},"body_limit_bytes":{"minimum":1,"default":33554432,"type":"integer"},"workers":{"default":1,"anyOf":[{"minimum":1,"maximum":64,"type":"integer"},{"const":"auto","type":"string"}]},"auth":{"default":"required","anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"anthropic_auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"admin_key":{"minLength":1,"type":"string"},"dashboard":{"default":false,"type":"boolean"},"shutdown_grace_ms":{"minimum":0,"default":10000,"type":"integer"},"keepalive_ms":{"minimum":0,"default":10000,"type":"integer"},"default_provider":{"type":"string"},"force_model":{"type":"string"},"max_body_bytes_in_flight":{"minimum":1,"default":268435456,"type":"integer"},"signature_key":{"minLength":1,"type":"string"},"public_url":{"pattern":"^https?://[^?#]+$","type":"string"}}},"providers":{"additionalProperties":false,"type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]*$":{"additionalProperties":false,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"anthropic","type":"string"},{"const":"azure-openai","type":"string"},{"const":"bedrock","type":"string"},{"const":"deepseek","type":"string"},{"const":"fireworks","type":"string"},{"const":"foundry","type":"string"},{"const":"gemini","type":"string"},{"const":"groq","type":"string"},{"const":"mistral","type":"string"},{"const":"ollama","type":"string"},{"const":"openai-compatible","type":"string"},{"const":"openai","type":"string"},{"const":"openrouter","type":"string"},{"const":"together","type":"string"},{"const":"vertex","type":"string"},{"const":"vllm","type":"string"},{"const":"xai","type":"string"}]},"base_url":{"minLength":1,"type":"string"},"api_key":{"type":"string"},"api_keys":{"type":"array","items":{"minLength":1,"type":"string"}},"caller_keys":{"default":"stored","anyOf":[{"const":"stored","type":"string"},{"const":"passthrough","type":"string"}]},"headers":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"simulated":{"default":false,"type":"boolean"},"pricing":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["input","output"],"properties":{"input":{"minimum":0,"type":"number"},"output":{"minimum":0,"type":"number"},"cache_read":{"minimum":0,"type":"number"},"cache_write_5m":{"minimum":0,"type":"number"},"cache_write_1h":{"minimum":0,"type":"number"},"batch_discount":{"minimum":0,"maximum":1,"type":"number"},"long_context":{"additionalProperties":false,"type":"object","required":["threshold_tokens","input","output"],"properties":{"threshold_tokens":{"minimum":1,"type":"integer"},"input":{"minimum":0,"type":"number"},"output":{"minimum":0,"type":"number"},"cache_read":{"minimum":0,"type":"number"},"cache_write_5m":{"minimum":0,"type":"number"},"cache_write_1h":{"minimum":0,"type":"number"}}},"source":{"type":"string"}}}}},"price_multiplier":{"exclusiveMinimum":0,"default":1,"type":"number"},"access_token":{"minLength":1,"type":"string"},"api_version":{"minLength":1,"type":"string"},"aws_access_key_id":{"minLength":1,"type":"string"},"aws_secret_access_key":{"minLength":1,"type":"string"},"aws_session_token":{"minLength":1,"type":"string"},"credentials_file":{"minLength":1,"type":"string"},"entra_token":{"minLength":1,"type":"string"},"key_header":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"region":{"minLength":1,"type":"string"},"token_url":{"minLength":1,"type":"string"}}}}},"models":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["targets"],"properties":{"targets":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["provider","model"],"properties":{"provider":{"minLength":1,"type":"string"},"model":{"minLength":1,"type":"string"},"weight":{"minimum":0,"default":1,"type":"number"}}}},"strategy":{"anyOf":[{"const":"single","type":"string"},{"const":"failover","type":"string"},{"const":"weighted","type":"string"}]},"unsupported_params":{"default":"reject","anyOf":[{"const":"reject","type":"string"},{"const":"drop","type":"string"},{"const":"strict","type":"string"}]},"max_tokens_default":{"minimum":1,"type":"integer"}}}}},"callers":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"key":{"type":"string"},"key_sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"models":{"default":["*"],"type":"array","items":{"type":"string"}},"direct_provider_routing":{"default":false,"type":"boolean"},"metadata":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limits":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}}}}},"limits":{"additionalProperties":false,"type":"object","properties":{"store":{"default":"memory","type":"string"},"on_store_error":{"default":"open","anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"}]},"store_timeout_ms":{"minimum":1,"default":100,"type":"integer"},"per_caller":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}},"per_model":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}}}}}},"retry":{"additionalProperties":false,"type":"object","properties":{"max_attempts":{"minimum":1,"default":3,"type":"integer"},"base_delay_ms":{"minimum":0,"default":200,"type":"integer"},"max_delay_ms":{"minimum":0,"default":5000,"type":"integer"},"budget_ms":{"minimum":0,"default":60000,"type":"integer"}}},"timeouts":{"additionalProperties":false,"type":"object","properties":{"connect_ms":{"minimum":0,"default":10000,"type":"integer"},"first_byte_ms":{"minimum":0,"default":120000,"type":"integer"},"idle_ms":{"minimum":0,"default":120000,"type":"integer"},"total_ms":{"minimum":0,"default":600000,"type":"integer"}}},"circuit_breaker":{"additionalProperties":false,"type":"object","properties":{"failure_threshold":{"minimum":1,"default":5,"type":"integer"},"failure_rate":{"minimum":0,"maximum":1,"default":0.5,"type":"number"},"window_ms":{"minimum":0,"default":30000,"type":"integer"},"min_requests":{"minimum":1,"default":20,"type":"integer"},"cooldown_ms":{"minimum":0,"default":15000,"type":"integer"},"key_probe_ms":{"minimum":0,"default":60000,"type":"integer"}}},"logging":{"additionalProperties":false,"type":"object","properties":{"level":{"default":"info","anyOf":[{"const":"fatal","type":"string"},{"const":"error","type":"string"},{"const":"warn","type":"string"},{"const":"info","type":"string"},{"const":"debug","type":"string"},{"const":"trace","type":"string"},{"const":"silent","type":"string"}]},"usage_sink":{"default":"stdout","type":"string"},"log_payloads":{"default":false,"type":"boolean"}}},"observability":{"additionalProperties":false,"type":"object","properties":{"metrics":{"default":true,"type":"boolean"},"metrics_key":{"minLength":1,"type":"string"},"otlp_endpoint":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = typeof func4__module === "function" ? func4__module : func4__module.default;
const pattern0 = new RegExp("^https?://[^?#]+$", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern3 = new RegExp("^(.*)$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.providers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "providers"},message:"must have required property '"+"providers"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.server !== undefined){
let data0 = data.server;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(func2.call(schema11.properties.server.properties, key1))){
const err2 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.host !== undefined){
if(typeof data0.host !== "string"){
const err3 = {instancePath:instancePath+"/server/host",schemaPath:"#/properties/server/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.port !== undefined){
let data2 = data0.port;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.anthropic_port !== undefined){
let data3 = data0.anthropic_port;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 65535 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.body_limit_bytes !== undefined){
let data4 = data0.body_limit_bytes;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/server/body_limit_bytes",schemaPath:"#/properties/server/properties/body_limit_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/server/body_limit_bytes",schemaPath:"#/properties/server/properties/body_limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data0.workers !== undefined){
let data5 = data0.workers;
const _errs14 = errors;
let valid2 = false;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 64 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs17 = errors;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("auto" !== data5){
const err16 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/1/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err17 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
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
}
if(data0.auth !== undefined){
let data6 = data0.auth;
const _errs20 = errors;
let valid3 = false;
const _errs21 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("required" !== data6){
const err19 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/0/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs23 = errors;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("optional" !== data6){
const err21 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/1/const",keyword:"const",params:{allowedValue: "optional"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err22 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
}
if(data0.anthropic_auth !== undefined){
let data7 = data0.anthropic_auth;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(typeof data7 !== "string"){
const err23 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("required" !== data7){
const err24 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/0/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs29 = errors;
if(typeof data7 !== "string"){
const err25 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("optional" !== data7){
const err26 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/1/const",keyword:"const",params:{allowedValue: "optional"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
const err27 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data0.admin_key !== undefined){
let data8 = data0.admin_key;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err28 = {instancePath:instancePath+"/server/admin_key",schemaPath:"#/properties/server/properties/admin_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/server/admin_key",schemaPath:"#/properties/server/properties/admin_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data0.dashboard !== undefined){
if(typeof data0.dashboard !== "boolean"){
const err30 = {instancePath:instancePath+"/server/dashboard",schemaPath:"#/properties/server/properties/dashboard/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data0.shutdown_grace_ms !== undefined){
let data10 = data0.shutdown_grace_ms;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err31 = {instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.keepalive_ms !== undefined){
let data11 = data0.keepalive_ms;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.default_provider !== undefined){
if(typeof data0.default_provider !== "string"){
const err35 = {instancePath:instancePath+"/server/default_provider",schemaPath:"#/properties/server/properties/default_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data0.force_model !== undefined){
if(typeof data0.force_model !== "string"){
const err36 = {instancePath:instancePath+"/server/force_model",schemaPath:"#/properties/server/properties/force_model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data0.max_body_bytes_in_flight !== undefined){
let data14 = data0.max_body_bytes_in_flight;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err37 = {instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data0.signature_key !== undefined){
let data15 = data0.signature_key;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err39 = {instancePath:instancePath+"/server/signature_key",schemaPath:"#/properties/server/properties/signature_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/server/signature_key",schemaPath:"#/properties/server/properties/signature_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data0.public_url !== undefined){
let data16 = data0.public_url;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err41 = {instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#]+$"},message:"must match pattern \""+"^https?://[^?#]+$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.providers !== undefined){
let data17 = data.providers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key2 in data17){
if(!(pattern1.test(key2))){
const err44 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
for(const key3 in data17){
if(pattern1.test(key3)){
let data18 = data17[key3];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.type === undefined){
const err45 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key4 in data18){
if(!(func2.call(schema11.properties.providers.patternProperties["^[a-z0-9][a-z0-9_-]*$"].properties, key4))){
const err46 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.type !== undefined){
let data19 = data18.type;
const _errs56 = errors;
let valid7 = false;
const _errs57 = errors;
if(typeof data19 !== "string"){
const err47 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if("anthropic" !== data19){
const err48 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "anthropic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid3 = _errs57 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs59 = errors;
if(typeof data19 !== "string"){
const err49 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if("azure-openai" !== data19){
const err50 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "azure-openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs59 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs61 = errors;
if(typeof data19 !== "string"){
const err51 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if("bedrock" !== data19){
const err52 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/2/const",keyword:"const",params:{allowedValue: "bedrock"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid3 = _errs61 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs63 = errors;
if(typeof data19 !== "string"){
const err53 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if("deepseek" !== data19){
const err54 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/3/const",keyword:"const",params:{allowedValue: "deepseek"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid3 = _errs63 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs65 = errors;
if(typeof data19 !== "string"){
const err55 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if("fireworks" !== data19){
const err56 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/4/const",keyword:"const",params:{allowedValue: "fireworks"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid3 = _errs65 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs67 = errors;
if(typeof data19 !== "string"){
const err57 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if("foundry" !== data19){
const err58 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/5/const",keyword:"const",params:{allowedValue: "foundry"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid3 = _errs67 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs69 = errors;
if(typeof data19 !== "string"){
const err59 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if("gemini" !== data19){
const err60 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/6/const",keyword:"const",params:{allowedValue: "gemini"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid3 = _errs69 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs71 = errors;
if(typeof data19 !== "string"){
const err61 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if("groq" !== data19){
const err62 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/7/const",keyword:"const",params:{allowedValue: "groq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid3 = _errs71 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs73 = errors;
if(typeof data19 !== "string"){
const err63 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if("mistral" !== data19){
const err64 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/8/const",keyword:"const",params:{allowedValue: "mistral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid3 = _errs73 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs75 = errors;
if(typeof data19 !== "string"){
const err65 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/9/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if("ollama" !== data19){
const err66 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/9/const",keyword:"const",params:{allowedValue: "ollama"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid3 = _errs75 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs77 = errors;
if(typeof data19 !== "string"){
const err67 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/10/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if("openai-compatible" !== data19){
const err68 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/10/const",keyword:"const",params:{allowedValue: "openai-compatible"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid3 = _errs77 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs79 = errors;
if(typeof data19 !== "string"){
const err69 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/11/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if("openai" !== data19){
const err70 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/11/const",keyword:"const",params:{allowedValue: "openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid3 = _errs79 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs81 = errors;
if(typeof data19 !== "string"){
const err71 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/12/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if("openrouter" !== data19){
const err72 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/12/const",keyword:"const",params:{allowedValue: "openrouter"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid3 = _errs81 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs83 = errors;
if(typeof data19 !== "string"){
const err73 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/13/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if("together" !== data19){
const err74 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/13/const",keyword:"const",params:{allowedValue: "together"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid3 = _errs83 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs85 = errors;
if(typeof data19 !== "string"){
const err75 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/14/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if("vertex" !== data19){
const err76 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/14/const",keyword:"const",params:{allowedValue: "vertex"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid3 = _errs85 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs87 = errors;
if(typeof data19 !== "string"){
const err77 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/15/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if("vllm" !== data19){
const err78 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/15/const",keyword:"const",params:{allowedValue: "vllm"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid3 = _errs87 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs89 = errors;
if(typeof data19 !== "string"){
const err79 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/16/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if("xai" !== data19){
const err80 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/16/const",keyword:"const",params:{allowedValue: "xai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid3 = _errs89 === errors;
valid7 = valid7 || _valid3;
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
if(!valid7){
const err81 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
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
}
if(data18.base_url !== undefined){
let data20 = data18.base_url;
if(typeof data20 === "string"){
if(func4(data20) < 1){
const err82 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data18.api_key !== undefined){
if(typeof data18.api_key !== "string"){
const err84 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data18.api_keys !== undefined){
let data22 = data18.api_keys;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err85 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data18.caller_keys !== undefined){
let data24 = data18.caller_keys;
const _errs100 = errors;
let valid10 = false;
const _errs101 = errors;
if(typeof data24 !== "string"){
const err88 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if("stored" !== data24){
const err89 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/const",keyword:"const",params:{allowedValue: "stored"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid4 = _errs101 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const _errs103 = errors;
if(typeof data24 !== "string"){
const err90 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if("passthrough" !== data24){
const err91 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/const",keyword:"const",params:{allowedValue: "passthrough"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid4 = _errs103 === errors;
valid10 = valid10 || _valid4;
}
if(!valid10){
const err92 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
}
}
if(data18.headers !== undefined){
let data25 = data18.headers;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key5 in data25){
if(pattern3.test(key5)){
if(typeof data25[key5] !== "string"){
const err93 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data18.simulated !== undefined){
if(typeof data18.simulated !== "boolean"){
const err95 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/simulated",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/simulated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data18.pricing !== undefined){
let data28 = data18.pricing;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
if(pattern3.test(key6)){
let data29 = data28[key6];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.input === undefined){
const err96 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data29.output === undefined){
const err97 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key7 in data29){
if(!((((((((key7 === "input") || (key7 === "output")) || (key7 === "cache_read")) || (key7 === "cache_write_5m")) || (key7 === "cache_write_1h")) || (key7 === "batch_discount")) || (key7 === "long_context")) || (key7 === "source"))){
const err98 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data29.input !== undefined){
let data30 = data29.input;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err99 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data29.output !== undefined){
let data31 = data29.output;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err101 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data29.cache_read !== undefined){
let data32 = data29.cache_read;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err103 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_read/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data29.cache_write_5m !== undefined){
let data33 = data29.cache_write_5m;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err105 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_5m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_5m/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data29.cache_write_1h !== undefined){
let data34 = data29.cache_write_1h;
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err107 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_1h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_1h/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data29.batch_discount !== undefined){
let data35 = data29.batch_discount;
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 1 || isNaN(data35)){
const err109 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err110 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data29.long_context !== undefined){
let data36 = data29.long_context;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.threshold_tokens === undefined){
const err112 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/required",keyword:"required",params:{missingProperty: "threshold_tokens"},message:"must have required property '"+"threshold_tokens"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data36.input === undefined){
const err113 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data36.output === undefined){
const err114 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key8 in data36){
if(!((((((key8 === "threshold_tokens") || (key8 === "input")) || (key8 === "output")) || (key8 === "cache_read")) || (key8 === "cache_write_5m")) || (key8 === "cache_write_1h"))){
const err115 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data36.threshold_tokens !== undefined){
let data37 = data36.threshold_tokens;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err116 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/threshold_tokens",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/threshold_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 1 || isNaN(data37)){
const err117 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/threshold_tokens",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/threshold_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
if(data36.input !== undefined){
let data38 = data36.input;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err118 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data36.output !== undefined){
let data39 = data36.output;
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err120 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data36.cache_read !== undefined){
let data40 = data36.cache_read;
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err122 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_read/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data36.cache_write_5m !== undefined){
let data41 = data36.cache_write_5m;
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err124 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_5m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_5m/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data36.cache_write_1h !== undefined){
let data42 = data36.cache_write_1h;
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err126 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_1h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_1h/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data29.source !== undefined){
if(typeof data29.source !== "string"){
const err129 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
}
else {
const err131 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data18.price_multiplier !== undefined){
let data44 = data18.price_multiplier;
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 <= 0 || isNaN(data44)){
const err132 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/price_multiplier",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/price_multiplier/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/price_multiplier",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/price_multiplier/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data18.access_token !== undefined){
let data45 = data18.access_token;
if(typeof data45 === "string"){
if(func4(data45) < 1){
const err134 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/access_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/access_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data18.api_version !== undefined){
let data46 = data18.api_version;
if(typeof data46 === "string"){
if(func4(data46) < 1){
const err136 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_version",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_version",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data18.aws_access_key_id !== undefined){
let data47 = data18.aws_access_key_id;
if(typeof data47 === "string"){
if(func4(data47) < 1){
const err138 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_access_key_id",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_access_key_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_access_key_id",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_access_key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data18.aws_secret_access_key !== undefined){
let data48 = data18.aws_secret_access_key;
if(typeof data48 === "string"){
if(func4(data48) < 1){
const err140 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_secret_access_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_secret_access_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_secret_access_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_secret_access_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data18.aws_session_token !== undefined){
let data49 = data18.aws_session_token;
if(typeof data49 === "string"){
if(func4(data49) < 1){
const err142 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_session_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_session_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_session_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/aws_session_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data18.credentials_file !== undefined){
let data50 = data18.credentials_file;
if(typeof data50 === "string"){
if(func4(data50) < 1){
const err144 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials_file",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/credentials_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/credentials_file",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/credentials_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data18.entra_token !== undefined){
let data51 = data18.entra_token;
if(typeof data51 === "string"){
if(func4(data51) < 1){
const err146 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/entra_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/entra_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/entra_token",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/entra_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data18.key_header !== undefined){
let data52 = data18.key_header;
if(typeof data52 === "string"){
if(func4(data52) < 1){
const err148 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/key_header",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/key_header/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/key_header",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/key_header/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data18.project !== undefined){
let data53 = data18.project;
if(typeof data53 === "string"){
if(func4(data53) < 1){
const err150 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/project",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/project",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data18.region !== undefined){
let data54 = data18.region;
if(typeof data54 === "string"){
if(func4(data54) < 1){
const err152 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data18.token_url !== undefined){
let data55 = data18.token_url;
if(typeof data55 === "string"){
if(func4(data55) < 1){
const err154 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/token_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/token_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/token_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/token_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
}
else {
const err157 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.models !== undefined){
let data56 = data.models;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key9 in data56){
if(pattern3.test(key9)){
let data57 = data56[key9];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.targets === undefined){
const err158 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key10 in data57){
if(!((((key10 === "targets") || (key10 === "strategy")) || (key10 === "unsupported_params")) || (key10 === "max_tokens_default"))){
const err159 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data57.targets !== undefined){
let data58 = data57.targets;
if(Array.isArray(data58)){
if(data58.length < 1){
const err160 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
const len1 = data58.length;
for(let i1=0; i1<len1; i1++){
let data59 = data58[i1];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.provider === undefined){
const err161 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data59.model === undefined){
const err162 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
for(const key11 in data59){
if(!(((key11 === "provider") || (key11 === "model")) || (key11 === "weight"))){
const err163 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data59.provider !== undefined){
let data60 = data59.provider;
if(typeof data60 === "string"){
if(func4(data60) < 1){
const err164 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data59.model !== undefined){
let data61 = data59.model;
if(typeof data61 === "string"){
if(func4(data61) < 1){
const err166 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data59.weight !== undefined){
let data62 = data59.weight;
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err168 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data57.strategy !== undefined){
let data63 = data57.strategy;
const _errs186 = errors;
let valid20 = false;
const _errs187 = errors;
if(typeof data63 !== "string"){
const err172 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if("single" !== data63){
const err173 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/const",keyword:"const",params:{allowedValue: "single"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid5 = _errs187 === errors;
valid20 = valid20 || _valid5;
if(!valid20){
const _errs189 = errors;
if(typeof data63 !== "string"){
const err174 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if("failover" !== data63){
const err175 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/const",keyword:"const",params:{allowedValue: "failover"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid5 = _errs189 === errors;
valid20 = valid20 || _valid5;
if(!valid20){
const _errs191 = errors;
if(typeof data63 !== "string"){
const err176 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if("weighted" !== data63){
const err177 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/const",keyword:"const",params:{allowedValue: "weighted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
var _valid5 = _errs191 === errors;
valid20 = valid20 || _valid5;
}
}
if(!valid20){
const err178 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
else {
errors = _errs186;
if(vErrors !== null){
if(_errs186){
vErrors.length = _errs186;
}
else {
vErrors = null;
}
}
}
}
if(data57.unsupported_params !== undefined){
let data64 = data57.unsupported_params;
const _errs194 = errors;
let valid21 = false;
const _errs195 = errors;
if(typeof data64 !== "string"){
const err179 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if("reject" !== data64){
const err180 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/const",keyword:"const",params:{allowedValue: "reject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid6 = _errs195 === errors;
valid21 = valid21 || _valid6;
if(!valid21){
const _errs197 = errors;
if(typeof data64 !== "string"){
const err181 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if("drop" !== data64){
const err182 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/const",keyword:"const",params:{allowedValue: "drop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid6 = _errs197 === errors;
valid21 = valid21 || _valid6;
if(!valid21){
const _errs199 = errors;
if(typeof data64 !== "string"){
const err183 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if("strict" !== data64){
const err184 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/2/const",keyword:"const",params:{allowedValue: "strict"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid6 = _errs199 === errors;
valid21 = valid21 || _valid6;
}
}
if(!valid21){
const err185 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs194;
if(vErrors !== null){
if(_errs194){
vErrors.length = _errs194;
}
else {
vErrors = null;
}
}
}
}
if(data57.max_tokens_default !== undefined){
let data65 = data57.max_tokens_default;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err186 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 1 || isNaN(data65)){
const err187 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
}
else {
const err188 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
}
else {
const err189 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data.callers !== undefined){
let data66 = data.callers;
if(Array.isArray(data66)){
const len2 = data66.length;
for(let i2=0; i2<len2; i2++){
let data67 = data66[i2];
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.name === undefined){
const err190 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
for(const key12 in data67){
if(!(((((((key12 === "name") || (key12 === "key")) || (key12 === "key_sha256")) || (key12 === "models")) || (key12 === "direct_provider_routing")) || (key12 === "metadata")) || (key12 === "limits"))){
const err191 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data67.name !== undefined){
let data68 = data67.name;
if(typeof data68 === "string"){
if(func4(data68) < 1){
const err192 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data67.key !== undefined){
if(typeof data67.key !== "string"){
const err194 = {instancePath:instancePath+"/callers/" + i2+"/key",schemaPath:"#/properties/callers/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data67.key_sha256 !== undefined){
let data70 = data67.key_sha256;
if(typeof data70 === "string"){
if(!pattern6.test(data70)){
const err195 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data67.models !== undefined){
let data71 = data67.models;
if(Array.isArray(data71)){
const len3 = data71.length;
for(let i3=0; i3<len3; i3++){
if(typeof data71[i3] !== "string"){
const err197 = {instancePath:instancePath+"/callers/" + i2+"/models/" + i3,schemaPath:"#/properties/callers/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/callers/" + i2+"/models",schemaPath:"#/properties/callers/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data67.direct_provider_routing !== undefined){
if(typeof data67.direct_provider_routing !== "boolean"){
const err199 = {instancePath:instancePath+"/callers/" + i2+"/direct_provider_routing",schemaPath:"#/properties/callers/items/properties/direct_provider_routing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data67.metadata !== undefined){
let data74 = data67.metadata;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key13 in data74){
if(pattern3.test(key13)){
if(typeof data74[key13] !== "string"){
const err200 = {instancePath:instancePath+"/callers/" + i2+"/metadata/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callers/items/properties/metadata/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
}
else {
const err201 = {instancePath:instancePath+"/callers/" + i2+"/metadata",schemaPath:"#/properties/callers/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data67.limits !== undefined){
let data76 = data67.limits;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key14 in data76){
if(!(((((key14 === "rpm") || (key14 === "tpm")) || (key14 === "concurrent_streams")) || (key14 === "usd_per_day")) || (key14 === "usd_per_month"))){
const err202 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data76.rpm !== undefined){
let data77 = data76.rpm;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err203 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 1 || isNaN(data77)){
const err204 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
if(data76.tpm !== undefined){
let data78 = data76.tpm;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err205 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 < 1 || isNaN(data78)){
const err206 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
if(data76.concurrent_streams !== undefined){
let data79 = data76.concurrent_streams;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err207 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 1 || isNaN(data79)){
const err208 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
if(data76.usd_per_day !== undefined){
let data80 = data76.usd_per_day;
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 <= 0 || isNaN(data80)){
const err209 = {instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_day",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_day",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data76.usd_per_month !== undefined){
let data81 = data76.usd_per_month;
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 <= 0 || isNaN(data81)){
const err211 = {instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_month",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_month",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/callers",schemaPath:"#/properties/callers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data.limits !== undefined){
let data82 = data.limits;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key15 in data82){
if(!(((((key15 === "store") || (key15 === "on_store_error")) || (key15 === "store_timeout_ms")) || (key15 === "per_caller")) || (key15 === "per_model"))){
const err216 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data82.store !== undefined){
if(typeof data82.store !== "string"){
const err217 = {instancePath:instancePath+"/limits/store",schemaPath:"#/properties/limits/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data82.on_store_error !== undefined){
let data84 = data82.on_store_error;
const _errs243 = errors;
let valid30 = false;
const _errs244 = errors;
if(typeof data84 !== "string"){
const err218 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if("open" !== data84){
const err219 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid7 = _errs244 === errors;
valid30 = valid30 || _valid7;
if(!valid30){
const _errs246 = errors;
if(typeof data84 !== "string"){
const err220 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if("closed" !== data84){
const err221 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid7 = _errs246 === errors;
valid30 = valid30 || _valid7;
}
if(!valid30){
const err222 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
else {
errors = _errs243;
if(vErrors !== null){
if(_errs243){
vErrors.length = _errs243;
}
else {
vErrors = null;
}
}
}
}
if(data82.store_timeout_ms !== undefined){
let data85 = data82.store_timeout_ms;
if(!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))){
const err223 = {instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 < 1 || isNaN(data85)){
const err224 = {instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
if(data82.per_caller !== undefined){
let data86 = data82.per_caller;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key16 in data86){
if(!(((((key16 === "rpm") || (key16 === "tpm")) || (key16 === "concurrent_streams")) || (key16 === "usd_per_day")) || (key16 === "usd_per_month"))){
const err225 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data86.rpm !== undefined){
let data87 = data86.rpm;
if(!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))){
const err226 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 < 1 || isNaN(data87)){
const err227 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
if(data86.tpm !== undefined){
let data88 = data86.tpm;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err228 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
const err229 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
if(data86.concurrent_streams !== undefined){
let data89 = data86.concurrent_streams;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
const err230 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 < 1 || isNaN(data89)){
const err231 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
if(data86.usd_per_day !== undefined){
let data90 = data86.usd_per_day;
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 <= 0 || isNaN(data90)){
const err232 = {instancePath:instancePath+"/limits/per_caller/usd_per_day",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/limits/per_caller/usd_per_day",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data86.usd_per_month !== undefined){
let data91 = data86.usd_per_month;
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 <= 0 || isNaN(data91)){
const err234 = {instancePath:instancePath+"/limits/per_caller/usd_per_month",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/limits/per_caller/usd_per_month",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data82.per_model !== undefined){
let data92 = data82.per_model;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key17 in data92){
if(pattern3.test(key17)){
let data93 = data92[key17];
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key18 in data93){
if(!(((((key18 === "rpm") || (key18 === "tpm")) || (key18 === "concurrent_streams")) || (key18 === "usd_per_day")) || (key18 === "usd_per_month"))){
const err237 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data93.rpm !== undefined){
let data94 = data93.rpm;
if(!(((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94))) && (isFinite(data94)))){
const err238 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if((typeof data94 == "number") && (isFinite(data94))){
if(data94 < 1 || isNaN(data94)){
const err239 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
if(data93.tpm !== undefined){
let data95 = data93.tpm;
if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){
const err240 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 < 1 || isNaN(data95)){
const err241 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
if(data93.concurrent_streams !== undefined){
let data96 = data93.concurrent_streams;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err242 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 1 || isNaN(data96)){
const err243 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
if(data93.usd_per_day !== undefined){
let data97 = data93.usd_per_day;
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 <= 0 || isNaN(data97)){
const err244 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_day",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_day",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data93.usd_per_month !== undefined){
let data98 = data93.usd_per_month;
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 <= 0 || isNaN(data98)){
const err246 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_month",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_month",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
}
else {
const err249 = {instancePath:instancePath+"/limits/per_model",schemaPath:"#/properties/limits/properties/per_model/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.retry !== undefined){
let data99 = data.retry;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key19 in data99){
if(!((((key19 === "max_attempts") || (key19 === "base_delay_ms")) || (key19 === "max_delay_ms")) || (key19 === "budget_ms"))){
const err251 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data99.max_attempts !== undefined){
let data100 = data99.max_attempts;
if(!(((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100))) && (isFinite(data100)))){
const err252 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 < 1 || isNaN(data100)){
const err253 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
if(data99.base_delay_ms !== undefined){
let data101 = data99.base_delay_ms;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err254 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 0 || isNaN(data101)){
const err255 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
if(data99.max_delay_ms !== undefined){
let data102 = data99.max_delay_ms;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err256 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 0 || isNaN(data102)){
const err257 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
if(data99.budget_ms !== undefined){
let data103 = data99.budget_ms;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
const err258 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err259 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
}
else {
const err260 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data104 = data.timeouts;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key20 in data104){
if(!((((key20 === "connect_ms") || (key20 === "first_byte_ms")) || (key20 === "idle_ms")) || (key20 === "total_ms"))){
const err261 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data104.connect_ms !== undefined){
let data105 = data104.connect_ms;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
const err262 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 < 0 || isNaN(data105)){
const err263 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
if(data104.first_byte_ms !== undefined){
let data106 = data104.first_byte_ms;
if(!(((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106))) && (isFinite(data106)))){
const err264 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if((typeof data106 == "number") && (isFinite(data106))){
if(data106 < 0 || isNaN(data106)){
const err265 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
if(data104.idle_ms !== undefined){
let data107 = data104.idle_ms;
if(!(((typeof data107 == "number") && (!(data107 % 1) && !isNaN(data107))) && (isFinite(data107)))){
const err266 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if((typeof data107 == "number") && (isFinite(data107))){
if(data107 < 0 || isNaN(data107)){
const err267 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
if(data104.total_ms !== undefined){
let data108 = data104.total_ms;
if(!(((typeof data108 == "number") && (!(data108 % 1) && !isNaN(data108))) && (isFinite(data108)))){
const err268 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if((typeof data108 == "number") && (isFinite(data108))){
if(data108 < 0 || isNaN(data108)){
const err269 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
}
}
else {
const err270 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data.circuit_breaker !== undefined){
let data109 = data.circuit_breaker;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key21 in data109){
if(!((((((key21 === "failure_threshold") || (key21 === "failure_rate")) || (key21 === "window_ms")) || (key21 === "min_requests")) || (key21 === "cooldown_ms")) || (key21 === "key_probe_ms"))){
const err271 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data109.failure_threshold !== undefined){
let data110 = data109.failure_threshold;
if(!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))){
const err272 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < 1 || isNaN(data110)){
const err273 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
if(data109.failure_rate !== undefined){
let data111 = data109.failure_rate;
if((typeof data111 == "number") && (isFinite(data111))){
if(data111 > 1 || isNaN(data111)){
const err274 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(data111 < 0 || isNaN(data111)){
const err275 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data109.window_ms !== undefined){
let data112 = data109.window_ms;
if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){
const err277 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 < 0 || isNaN(data112)){
const err278 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
if(data109.min_requests !== undefined){
let data113 = data109.min_requests;
if(!(((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113))) && (isFinite(data113)))){
const err279 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 < 1 || isNaN(data113)){
const err280 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
if(data109.cooldown_ms !== undefined){
let data114 = data109.cooldown_ms;
if(!(((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114))) && (isFinite(data114)))){
const err281 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if((typeof data114 == "number") && (isFinite(data114))){
if(data114 < 0 || isNaN(data114)){
const err282 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
}
if(data109.key_probe_ms !== undefined){
let data115 = data109.key_probe_ms;
if(!(((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115))) && (isFinite(data115)))){
const err283 = {instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if((typeof data115 == "number") && (isFinite(data115))){
if(data115 < 0 || isNaN(data115)){
const err284 = {instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
}
else {
const err285 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data.logging !== undefined){
let data116 = data.logging;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key22 in data116){
if(!(((key22 === "level") || (key22 === "usage_sink")) || (key22 === "log_payloads"))){
const err286 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data116.level !== undefined){
let data117 = data116.level;
const _errs319 = errors;
let valid38 = false;
const _errs320 = errors;
if(typeof data117 !== "string"){
const err287 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if("fatal" !== data117){
const err288 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/const",keyword:"const",params:{allowedValue: "fatal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
var _valid8 = _errs320 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs322 = errors;
if(typeof data117 !== "string"){
const err289 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if("error" !== data117){
const err290 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
var _valid8 = _errs322 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs324 = errors;
if(typeof data117 !== "string"){
const err291 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if("warn" !== data117){
const err292 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/const",keyword:"const",params:{allowedValue: "warn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
var _valid8 = _errs324 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs326 = errors;
if(typeof data117 !== "string"){
const err293 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if("info" !== data117){
const err294 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/const",keyword:"const",params:{allowedValue: "info"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
var _valid8 = _errs326 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs328 = errors;
if(typeof data117 !== "string"){
const err295 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if("debug" !== data117){
const err296 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/const",keyword:"const",params:{allowedValue: "debug"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
var _valid8 = _errs328 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs330 = errors;
if(typeof data117 !== "string"){
const err297 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if("trace" !== data117){
const err298 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/const",keyword:"const",params:{allowedValue: "trace"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
var _valid8 = _errs330 === errors;
valid38 = valid38 || _valid8;
if(!valid38){
const _errs332 = errors;
if(typeof data117 !== "string"){
const err299 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if("silent" !== data117){
const err300 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/const",keyword:"const",params:{allowedValue: "silent"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
var _valid8 = _errs332 === errors;
valid38 = valid38 || _valid8;
}
}
}
}
}
}
if(!valid38){
const err301 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
else {
errors = _errs319;
if(vErrors !== null){
if(_errs319){
vErrors.length = _errs319;
}
else {
vErrors = null;
}
}
}
}
if(data116.usage_sink !== undefined){
if(typeof data116.usage_sink !== "string"){
const err302 = {instancePath:instancePath+"/logging/usage_sink",schemaPath:"#/properties/logging/properties/usage_sink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data116.log_payloads !== undefined){
if(typeof data116.log_payloads !== "boolean"){
const err303 = {instancePath:instancePath+"/logging/log_payloads",schemaPath:"#/properties/logging/properties/log_payloads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
else {
const err304 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data.observability !== undefined){
let data120 = data.observability;
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
for(const key23 in data120){
if(!(((key23 === "metrics") || (key23 === "metrics_key")) || (key23 === "otlp_endpoint"))){
const err305 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data120.metrics !== undefined){
if(typeof data120.metrics !== "boolean"){
const err306 = {instancePath:instancePath+"/observability/metrics",schemaPath:"#/properties/observability/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data120.metrics_key !== undefined){
let data122 = data120.metrics_key;
if(typeof data122 === "string"){
if(func4(data122) < 1){
const err307 = {instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data120.otlp_endpoint !== undefined){
if(typeof data120.otlp_endpoint !== "string"){
const err309 = {instancePath:instancePath+"/observability/otlp_endpoint",schemaPath:"#/properties/observability/properties/otlp_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
else {
const err310 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

