// generated from specs/ — do not edit (npm run gen)
// Validator "config" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func4__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":false,"type":"object","required":["providers"],"properties":{"server":{"additionalProperties":false,"type":"object","properties":{"host":{"type":"string"},"port":{"minimum":0,"maximum":65535,"type":"integer"},"anthropic_port":{"minimum":0,"maximum":65535,"type":"integer"},"body_limit_bytes":{"minimum":1,"type":"integer"},"workers":{"anyOf":[{"minimum":1,"maximum":64,"type":"integer"},{"const":"auto","type":"string"}]},"auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"anthropic_auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"admin_key":{"minLength":1,"type":"string"},"shutdown_grace_ms":{"minimum":0,"type":"integer"},"keepalive_ms":{"minimum":0,"type":"integer"},"default_provider":{"type":"string"},"force_model":{"type":"string"}}},"providers":{"additionalProperties":false,"type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]*$":{"additionalProperties":false,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"anthropic","type":"string"},{"const":"azure-openai","type":"string"},{"const":"deepseek","type":"string"},{"const":"fireworks","type":"string"},{"const":"groq","type":"string"},{"const":"mistral","type":"string"},{"const":"ollama","type":"string"},{"const":"openai-compatible","type":"string"},{"const":"openai","type":"string"},{"const":"openrouter","type":"string"},{"const":"together","type":"string"},{"const":"vllm","type":"string"},{"const":"xai","type":"string"}]},"base_url":{"minLength":1,"type":"string"},"api_key":{"type":"string"},"api_keys":{"type":"array","items":{"minLength":1,"type":"string"}},"caller_keys":{"anyOf":[{"const":"stored","type":"string"},{"const":"passthrough","type":"string"}]},"headers":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"simulated":{"type":"boolean"},"api_version":{"minLength":1,"type":"string"}}}}},"models":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["targets"],"properties":{"targets":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["provider","model"],"properties":{"provider":{"minLength":1,"type":"string"},"model":{"minLength":1,"type":"string"},"weight":{"minimum":0,"type":"number"}}}},"strategy":{"anyOf":[{"const":"single","type":"string"},{"const":"failover","type":"string"},{"const":"weighted","type":"string"}]},"unsupported_params":{"anyOf":[{"const":"reject","type":"string"},{"const":"drop","type":"string"}]},"max_tokens_default":{"minimum":1,"type":"integer"}}}}},"callers":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"key":{"type":"string"},"key_sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"models":{"type":"array","items":{"type":"string"}},"direct_provider_routing":{"type":"boolean"},"metadata":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limits":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}},"limits":{"additionalProperties":false,"type":"object","properties":{"store":{"type":"string"},"on_store_error":{"anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"}]},"per_caller":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}},"per_model":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}}},"retry":{"additionalProperties":false,"type":"object","properties":{"max_attempts":{"minimum":1,"type":"integer"},"base_delay_ms":{"minimum":0,"type":"integer"},"max_delay_ms":{"minimum":0,"type":"integer"},"budget_ms":{"minimum":0,"type":"integer"}}},"timeouts":{"additionalProperties":false,"type":"object","properties":{"connect_ms":{"minimum":0,"type":"integer"},"first_byte_ms":{"minimum":0,"type":"integer"},"idle_ms":{"minimum":0,"type":"integer"},"total_ms":{"minimum":0,"type":"integer"}}},"circuit_breaker":{"additionalProperties":false,"type":"object","properties":{"failure_threshold":{"minimum":1,"type":"integer"},"failure_rate":{"minimum":0,"maximum":1,"type":"number"},"window_ms":{"minimum":0,"type":"integer"},"min_requests":{"minimum":1,"type":"integer"},"cooldown_ms":{"minimum":0,"type":"integer"}}},"logging":{"additionalProperties":false,"type":"object","properties":{"level":{"anyOf":[{"const":"fatal","type":"string"},{"const":"error","type":"string"},{"const":"warn","type":"string"},{"const":"info","type":"string"},{"const":"debug","type":"string"},{"const":"trace","type":"string"},{"const":"silent","type":"string"}]},"usage_sink":{"type":"string"},"log_payloads":{"type":"boolean"}}},"observability":{"additionalProperties":false,"type":"object","properties":{"metrics":{"type":"boolean"},"otlp_endpoint":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = typeof func4__module === "function" ? func4__module : func4__module.default;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern2 = new RegExp("^(.*)$", "u");
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.providers === undefined) && (missing0 = "providers")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.server !== undefined){
let data0 = data.server;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
const _errs4 = errors;
for(const key1 in data0){
if(!(func2.call(schema11.properties.server.properties, key1))){
validate10.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.host !== undefined){
const _errs5 = errors;
if(typeof data0.host !== "string"){
validate10.errors = [{instancePath:instancePath+"/server/host",schemaPath:"#/properties/server/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.port !== undefined){
let data2 = data0.port;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate10.errors = [{instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
validate10.errors = [{instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate10.errors = [{instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.anthropic_port !== undefined){
let data3 = data0.anthropic_port;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate10.errors = [{instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 65535 || isNaN(data3)){
validate10.errors = [{instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate10.errors = [{instancePath:instancePath+"/server/anthropic_port",schemaPath:"#/properties/server/properties/anthropic_port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.body_limit_bytes !== undefined){
let data4 = data0.body_limit_bytes;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate10.errors = [{instancePath:instancePath+"/server/body_limit_bytes",schemaPath:"#/properties/server/properties/body_limit_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate10.errors = [{instancePath:instancePath+"/server/body_limit_bytes",schemaPath:"#/properties/server/properties/body_limit_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.workers !== undefined){
let data5 = data0.workers;
const _errs13 = errors;
const _errs14 = errors;
let valid2 = false;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err0 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 64 || isNaN(data5)){
const err1 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data5 < 1 || isNaN(data5)){
const err2 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
var _valid0 = _errs15 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs17 = errors;
if(typeof data5 !== "string"){
const err3 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("auto" !== data5){
const err4 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf/1/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err5 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data0.auth !== undefined){
let data6 = data0.auth;
const _errs19 = errors;
const _errs20 = errors;
let valid3 = false;
const _errs21 = errors;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("required" !== data6){
const err7 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/0/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs23 = errors;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("optional" !== data6){
const err9 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf/1/const",keyword:"const",params:{allowedValue: "optional"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/server/auth",schemaPath:"#/properties/server/properties/auth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate10.errors = vErrors;
return false;
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
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.anthropic_auth !== undefined){
let data7 = data0.anthropic_auth;
const _errs25 = errors;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("required" !== data7){
const err12 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/0/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs29 = errors;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("optional" !== data7){
const err14 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf/1/const",keyword:"const",params:{allowedValue: "optional"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
const err15 = {instancePath:instancePath+"/server/anthropic_auth",schemaPath:"#/properties/server/properties/anthropic_auth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.admin_key !== undefined){
let data8 = data0.admin_key;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data8 === "string"){
if(func4(data8) < 1){
validate10.errors = [{instancePath:instancePath+"/server/admin_key",schemaPath:"#/properties/server/properties/admin_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/server/admin_key",schemaPath:"#/properties/server/properties/admin_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.shutdown_grace_ms !== undefined){
let data9 = data0.shutdown_grace_ms;
const _errs33 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate10.errors = [{instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate10.errors = [{instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.keepalive_ms !== undefined){
let data10 = data0.keepalive_ms;
const _errs35 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate10.errors = [{instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.default_provider !== undefined){
const _errs37 = errors;
if(typeof data0.default_provider !== "string"){
validate10.errors = [{instancePath:instancePath+"/server/default_provider",schemaPath:"#/properties/server/properties/default_provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.force_model !== undefined){
const _errs39 = errors;
if(typeof data0.force_model !== "string"){
validate10.errors = [{instancePath:instancePath+"/server/force_model",schemaPath:"#/properties/server/properties/force_model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs39 === errors;
}
else {
var valid1 = true;
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
validate10.errors = [{instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.providers !== undefined){
let data13 = data.providers;
const _errs41 = errors;
if(errors === _errs41){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
const _errs43 = errors;
for(const key2 in data13){
if(!(pattern0.test(key2))){
validate10.errors = [{instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
var valid5 = true;
for(const key3 in data13){
if(pattern0.test(key3)){
let data14 = data13[key3];
const _errs44 = errors;
if(errors === _errs44){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if((data14.type === undefined) && (missing1 = "type")){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs46 = errors;
for(const key4 in data14){
if(!((((((((key4 === "type") || (key4 === "base_url")) || (key4 === "api_key")) || (key4 === "api_keys")) || (key4 === "caller_keys")) || (key4 === "headers")) || (key4 === "simulated")) || (key4 === "api_version"))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data14.type !== undefined){
let data15 = data14.type;
const _errs47 = errors;
const _errs48 = errors;
let valid7 = false;
const _errs49 = errors;
if(typeof data15 !== "string"){
const err16 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("anthropic" !== data15){
const err17 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "anthropic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs49 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs51 = errors;
if(typeof data15 !== "string"){
const err18 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("azure-openai" !== data15){
const err19 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "azure-openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs53 = errors;
if(typeof data15 !== "string"){
const err20 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("deepseek" !== data15){
const err21 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/2/const",keyword:"const",params:{allowedValue: "deepseek"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs53 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs55 = errors;
if(typeof data15 !== "string"){
const err22 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("fireworks" !== data15){
const err23 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/3/const",keyword:"const",params:{allowedValue: "fireworks"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs55 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs57 = errors;
if(typeof data15 !== "string"){
const err24 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if("groq" !== data15){
const err25 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/4/const",keyword:"const",params:{allowedValue: "groq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs57 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs59 = errors;
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("mistral" !== data15){
const err27 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/5/const",keyword:"const",params:{allowedValue: "mistral"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs59 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs61 = errors;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("ollama" !== data15){
const err29 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/6/const",keyword:"const",params:{allowedValue: "ollama"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid3 = _errs61 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs63 = errors;
if(typeof data15 !== "string"){
const err30 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/7/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("openai-compatible" !== data15){
const err31 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/7/const",keyword:"const",params:{allowedValue: "openai-compatible"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs63 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs65 = errors;
if(typeof data15 !== "string"){
const err32 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/8/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("openai" !== data15){
const err33 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/8/const",keyword:"const",params:{allowedValue: "openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid3 = _errs65 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs67 = errors;
if(typeof data15 !== "string"){
const err34 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/9/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("openrouter" !== data15){
const err35 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/9/const",keyword:"const",params:{allowedValue: "openrouter"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs67 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs69 = errors;
if(typeof data15 !== "string"){
const err36 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/10/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if("together" !== data15){
const err37 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/10/const",keyword:"const",params:{allowedValue: "together"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs69 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs71 = errors;
if(typeof data15 !== "string"){
const err38 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/11/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("vllm" !== data15){
const err39 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/11/const",keyword:"const",params:{allowedValue: "vllm"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs71 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs73 = errors;
if(typeof data15 !== "string"){
const err40 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/12/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("xai" !== data15){
const err41 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/12/const",keyword:"const",params:{allowedValue: "xai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs73 === errors;
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
if(!valid7){
const err42 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs47 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.base_url !== undefined){
let data16 = data14.base_url;
const _errs75 = errors;
if(errors === _errs75){
if(typeof data16 === "string"){
if(func4(data16) < 1){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs75 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.api_key !== undefined){
const _errs77 = errors;
if(typeof data14.api_key !== "string"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs77 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.api_keys !== undefined){
let data18 = data14.api_keys;
const _errs79 = errors;
if(errors === _errs79){
if(Array.isArray(data18)){
var valid8 = true;
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
const _errs81 = errors;
if(errors === _errs81){
if(typeof data19 === "string"){
if(func4(data19) < 1){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs81 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs79 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.caller_keys !== undefined){
let data20 = data14.caller_keys;
const _errs83 = errors;
const _errs84 = errors;
let valid9 = false;
const _errs85 = errors;
if(typeof data20 !== "string"){
const err43 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if("stored" !== data20){
const err44 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/const",keyword:"const",params:{allowedValue: "stored"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs85 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs87 = errors;
if(typeof data20 !== "string"){
const err45 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if("passthrough" !== data20){
const err46 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/const",keyword:"const",params:{allowedValue: "passthrough"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid4 = _errs87 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err47 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
var valid6 = _errs83 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.headers !== undefined){
let data21 = data14.headers;
const _errs89 = errors;
if(errors === _errs89){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
var valid10 = true;
for(const key5 in data21){
if(pattern2.test(key5)){
const _errs91 = errors;
if(typeof data21[key5] !== "string"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs91 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs89 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.simulated !== undefined){
const _errs93 = errors;
if(typeof data14.simulated !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/simulated",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/simulated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs93 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.api_version !== undefined){
let data24 = data14.api_version;
const _errs95 = errors;
if(errors === _errs95){
if(typeof data24 === "string"){
if(func4(data24) < 1){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_version",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_version",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs95 === errors;
}
else {
var valid6 = true;
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
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs44 === errors;
if(!valid5){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data25 = data.models;
const _errs97 = errors;
if(errors === _errs97){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
var valid11 = true;
for(const key6 in data25){
if(pattern2.test(key6)){
let data26 = data25[key6];
const _errs99 = errors;
if(errors === _errs99){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing2;
if((data26.targets === undefined) && (missing2 = "targets")){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs101 = errors;
for(const key7 in data26){
if(!((((key7 === "targets") || (key7 === "strategy")) || (key7 === "unsupported_params")) || (key7 === "max_tokens_default"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs101 === errors){
if(data26.targets !== undefined){
let data27 = data26.targets;
const _errs102 = errors;
if(errors === _errs102){
if(Array.isArray(data27)){
if(data27.length < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid13 = true;
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
const _errs104 = errors;
if(errors === _errs104){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing3;
if(((data28.provider === undefined) && (missing3 = "provider")) || ((data28.model === undefined) && (missing3 = "model"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs106 = errors;
for(const key8 in data28){
if(!(((key8 === "provider") || (key8 === "model")) || (key8 === "weight"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs106 === errors){
if(data28.provider !== undefined){
let data29 = data28.provider;
const _errs107 = errors;
if(errors === _errs107){
if(typeof data29 === "string"){
if(func4(data29) < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs107 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data28.model !== undefined){
let data30 = data28.model;
const _errs109 = errors;
if(errors === _errs109){
if(typeof data30 === "string"){
if(func4(data30) < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs109 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data28.weight !== undefined){
let data31 = data28.weight;
const _errs111 = errors;
if(errors === _errs111){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid14 = _errs111 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs104 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs102 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data26.strategy !== undefined){
let data32 = data26.strategy;
const _errs113 = errors;
const _errs114 = errors;
let valid15 = false;
const _errs115 = errors;
if(typeof data32 !== "string"){
const err48 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if("single" !== data32){
const err49 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/const",keyword:"const",params:{allowedValue: "single"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid5 = _errs115 === errors;
valid15 = valid15 || _valid5;
if(!valid15){
const _errs117 = errors;
if(typeof data32 !== "string"){
const err50 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if("failover" !== data32){
const err51 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/const",keyword:"const",params:{allowedValue: "failover"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid5 = _errs117 === errors;
valid15 = valid15 || _valid5;
if(!valid15){
const _errs119 = errors;
if(typeof data32 !== "string"){
const err52 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if("weighted" !== data32){
const err53 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/const",keyword:"const",params:{allowedValue: "weighted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs119 === errors;
valid15 = valid15 || _valid5;
}
}
if(!valid15){
const err54 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs114;
if(vErrors !== null){
if(_errs114){
vErrors.length = _errs114;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs113 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data26.unsupported_params !== undefined){
let data33 = data26.unsupported_params;
const _errs121 = errors;
const _errs122 = errors;
let valid16 = false;
const _errs123 = errors;
if(typeof data33 !== "string"){
const err55 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if("reject" !== data33){
const err56 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/const",keyword:"const",params:{allowedValue: "reject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid6 = _errs123 === errors;
valid16 = valid16 || _valid6;
if(!valid16){
const _errs125 = errors;
if(typeof data33 !== "string"){
const err57 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if("drop" !== data33){
const err58 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/const",keyword:"const",params:{allowedValue: "drop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid6 = _errs125 === errors;
valid16 = valid16 || _valid6;
}
if(!valid16){
const err59 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs121 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data26.max_tokens_default !== undefined){
let data34 = data26.max_tokens_default;
const _errs127 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs127){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 1 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid12 = _errs127 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs99 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callers !== undefined){
let data35 = data.callers;
const _errs129 = errors;
if(errors === _errs129){
if(Array.isArray(data35)){
var valid17 = true;
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
let data36 = data35[i2];
const _errs131 = errors;
if(errors === _errs131){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
let missing4;
if((data36.name === undefined) && (missing4 = "name")){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs133 = errors;
for(const key9 in data36){
if(!(((((((key9 === "name") || (key9 === "key")) || (key9 === "key_sha256")) || (key9 === "models")) || (key9 === "direct_provider_routing")) || (key9 === "metadata")) || (key9 === "limits"))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs133 === errors){
if(data36.name !== undefined){
let data37 = data36.name;
const _errs134 = errors;
if(errors === _errs134){
if(typeof data37 === "string"){
if(func4(data37) < 1){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs134 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.key !== undefined){
const _errs136 = errors;
if(typeof data36.key !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key",schemaPath:"#/properties/callers/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid18 = _errs136 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.key_sha256 !== undefined){
let data39 = data36.key_sha256;
const _errs138 = errors;
if(errors === _errs138){
if(typeof data39 === "string"){
if(!pattern4.test(data39)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs138 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.models !== undefined){
let data40 = data36.models;
const _errs140 = errors;
if(errors === _errs140){
if(Array.isArray(data40)){
var valid19 = true;
const len3 = data40.length;
for(let i3=0; i3<len3; i3++){
const _errs142 = errors;
if(typeof data40[i3] !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/models/" + i3,schemaPath:"#/properties/callers/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs142 === errors;
if(!valid19){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/models",schemaPath:"#/properties/callers/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid18 = _errs140 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.direct_provider_routing !== undefined){
const _errs144 = errors;
if(typeof data36.direct_provider_routing !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/direct_provider_routing",schemaPath:"#/properties/callers/items/properties/direct_provider_routing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid18 = _errs144 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.metadata !== undefined){
let data43 = data36.metadata;
const _errs146 = errors;
if(errors === _errs146){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
var valid20 = true;
for(const key10 in data43){
if(pattern2.test(key10)){
const _errs148 = errors;
if(typeof data43[key10] !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/metadata/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callers/items/properties/metadata/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs148 === errors;
if(!valid20){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/metadata",schemaPath:"#/properties/callers/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs146 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data36.limits !== undefined){
let data45 = data36.limits;
const _errs150 = errors;
if(errors === _errs150){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
const _errs152 = errors;
for(const key11 in data45){
if(!(((key11 === "rpm") || (key11 === "tpm")) || (key11 === "concurrent_streams"))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs152 === errors){
if(data45.rpm !== undefined){
let data46 = data45.rpm;
const _errs153 = errors;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs153){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 1 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid21 = _errs153 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data45.tpm !== undefined){
let data47 = data45.tpm;
const _errs155 = errors;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs155){
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 1 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid21 = _errs155 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data45.concurrent_streams !== undefined){
let data48 = data45.concurrent_streams;
const _errs157 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs157){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid21 = _errs157 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs150 === errors;
}
else {
var valid18 = true;
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
validate10.errors = [{instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid17 = _errs131 === errors;
if(!valid17){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers",schemaPath:"#/properties/callers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs129 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data49 = data.limits;
const _errs159 = errors;
if(errors === _errs159){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
const _errs161 = errors;
for(const key12 in data49){
if(!((((key12 === "store") || (key12 === "on_store_error")) || (key12 === "per_caller")) || (key12 === "per_model"))){
validate10.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs161 === errors){
if(data49.store !== undefined){
const _errs162 = errors;
if(typeof data49.store !== "string"){
validate10.errors = [{instancePath:instancePath+"/limits/store",schemaPath:"#/properties/limits/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs162 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data49.on_store_error !== undefined){
let data51 = data49.on_store_error;
const _errs164 = errors;
const _errs165 = errors;
let valid23 = false;
const _errs166 = errors;
if(typeof data51 !== "string"){
const err60 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if("open" !== data51){
const err61 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid7 = _errs166 === errors;
valid23 = valid23 || _valid7;
if(!valid23){
const _errs168 = errors;
if(typeof data51 !== "string"){
const err62 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if("closed" !== data51){
const err63 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid7 = _errs168 === errors;
valid23 = valid23 || _valid7;
}
if(!valid23){
const err64 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
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
var valid22 = _errs164 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data49.per_caller !== undefined){
let data52 = data49.per_caller;
const _errs170 = errors;
if(errors === _errs170){
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
const _errs172 = errors;
for(const key13 in data52){
if(!(((key13 === "rpm") || (key13 === "tpm")) || (key13 === "concurrent_streams"))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs172 === errors){
if(data52.rpm !== undefined){
let data53 = data52.rpm;
const _errs173 = errors;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs173){
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid24 = _errs173 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data52.tpm !== undefined){
let data54 = data52.tpm;
const _errs175 = errors;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs175){
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid24 = _errs175 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data52.concurrent_streams !== undefined){
let data55 = data52.concurrent_streams;
const _errs177 = errors;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs177){
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 1 || isNaN(data55)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid24 = _errs177 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs170 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data49.per_model !== undefined){
let data56 = data49.per_model;
const _errs179 = errors;
if(errors === _errs179){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
var valid25 = true;
for(const key14 in data56){
if(pattern2.test(key14)){
let data57 = data56[key14];
const _errs181 = errors;
if(errors === _errs181){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
const _errs183 = errors;
for(const key15 in data57){
if(!(((key15 === "rpm") || (key15 === "tpm")) || (key15 === "concurrent_streams"))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs183 === errors){
if(data57.rpm !== undefined){
let data58 = data57.rpm;
const _errs184 = errors;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs184){
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 1 || isNaN(data58)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs184 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data57.tpm !== undefined){
let data59 = data57.tpm;
const _errs186 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs186){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 1 || isNaN(data59)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs186 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data57.concurrent_streams !== undefined){
let data60 = data57.concurrent_streams;
const _errs188 = errors;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs188){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 1 || isNaN(data60)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs188 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid25 = _errs181 === errors;
if(!valid25){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_model",schemaPath:"#/properties/limits/properties/per_model/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs179 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs159 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry !== undefined){
let data61 = data.retry;
const _errs190 = errors;
if(errors === _errs190){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
const _errs192 = errors;
for(const key16 in data61){
if(!((((key16 === "max_attempts") || (key16 === "base_delay_ms")) || (key16 === "max_delay_ms")) || (key16 === "budget_ms"))){
validate10.errors = [{instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs192 === errors){
if(data61.max_attempts !== undefined){
let data62 = data61.max_attempts;
const _errs193 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
validate10.errors = [{instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs193){
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 1 || isNaN(data62)){
validate10.errors = [{instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid27 = _errs193 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data61.base_delay_ms !== undefined){
let data63 = data61.base_delay_ms;
const _errs195 = errors;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
validate10.errors = [{instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs195){
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
validate10.errors = [{instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid27 = _errs195 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data61.max_delay_ms !== undefined){
let data64 = data61.max_delay_ms;
const _errs197 = errors;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
validate10.errors = [{instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs197){
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid27 = _errs197 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data61.budget_ms !== undefined){
let data65 = data61.budget_ms;
const _errs199 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
validate10.errors = [{instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs199){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid27 = _errs199 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs190 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeouts !== undefined){
let data66 = data.timeouts;
const _errs201 = errors;
if(errors === _errs201){
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
const _errs203 = errors;
for(const key17 in data66){
if(!((((key17 === "connect_ms") || (key17 === "first_byte_ms")) || (key17 === "idle_ms")) || (key17 === "total_ms"))){
validate10.errors = [{instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs203 === errors){
if(data66.connect_ms !== undefined){
let data67 = data66.connect_ms;
const _errs204 = errors;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs204){
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
validate10.errors = [{instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid28 = _errs204 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data66.first_byte_ms !== undefined){
let data68 = data66.first_byte_ms;
const _errs206 = errors;
if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs206){
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < 0 || isNaN(data68)){
validate10.errors = [{instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid28 = _errs206 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data66.idle_ms !== undefined){
let data69 = data66.idle_ms;
const _errs208 = errors;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs208){
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
validate10.errors = [{instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid28 = _errs208 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data66.total_ms !== undefined){
let data70 = data66.total_ms;
const _errs210 = errors;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs210){
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
validate10.errors = [{instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid28 = _errs210 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs201 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.circuit_breaker !== undefined){
let data71 = data.circuit_breaker;
const _errs212 = errors;
if(errors === _errs212){
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
const _errs214 = errors;
for(const key18 in data71){
if(!(((((key18 === "failure_threshold") || (key18 === "failure_rate")) || (key18 === "window_ms")) || (key18 === "min_requests")) || (key18 === "cooldown_ms"))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs214 === errors){
if(data71.failure_threshold !== undefined){
let data72 = data71.failure_threshold;
const _errs215 = errors;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs215){
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 1 || isNaN(data72)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid29 = _errs215 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data71.failure_rate !== undefined){
let data73 = data71.failure_rate;
const _errs217 = errors;
if(errors === _errs217){
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 > 1 || isNaN(data73)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data73 < 0 || isNaN(data73)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid29 = _errs217 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data71.window_ms !== undefined){
let data74 = data71.window_ms;
const _errs219 = errors;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs219){
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid29 = _errs219 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data71.min_requests !== undefined){
let data75 = data71.min_requests;
const _errs221 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs221){
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 1 || isNaN(data75)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid29 = _errs221 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data71.cooldown_ms !== undefined){
let data76 = data71.cooldown_ms;
const _errs223 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs223){
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < 0 || isNaN(data76)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid29 = _errs223 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs212 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logging !== undefined){
let data77 = data.logging;
const _errs225 = errors;
if(errors === _errs225){
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
const _errs227 = errors;
for(const key19 in data77){
if(!(((key19 === "level") || (key19 === "usage_sink")) || (key19 === "log_payloads"))){
validate10.errors = [{instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs227 === errors){
if(data77.level !== undefined){
let data78 = data77.level;
const _errs228 = errors;
const _errs229 = errors;
let valid31 = false;
const _errs230 = errors;
if(typeof data78 !== "string"){
const err65 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if("fatal" !== data78){
const err66 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/const",keyword:"const",params:{allowedValue: "fatal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid8 = _errs230 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs232 = errors;
if(typeof data78 !== "string"){
const err67 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if("error" !== data78){
const err68 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid8 = _errs232 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs234 = errors;
if(typeof data78 !== "string"){
const err69 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if("warn" !== data78){
const err70 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/const",keyword:"const",params:{allowedValue: "warn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid8 = _errs234 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs236 = errors;
if(typeof data78 !== "string"){
const err71 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if("info" !== data78){
const err72 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/const",keyword:"const",params:{allowedValue: "info"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid8 = _errs236 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs238 = errors;
if(typeof data78 !== "string"){
const err73 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if("debug" !== data78){
const err74 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/const",keyword:"const",params:{allowedValue: "debug"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid8 = _errs238 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs240 = errors;
if(typeof data78 !== "string"){
const err75 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if("trace" !== data78){
const err76 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/const",keyword:"const",params:{allowedValue: "trace"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid8 = _errs240 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs242 = errors;
if(typeof data78 !== "string"){
const err77 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if("silent" !== data78){
const err78 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/const",keyword:"const",params:{allowedValue: "silent"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid8 = _errs242 === errors;
valid31 = valid31 || _valid8;
}
}
}
}
}
}
if(!valid31){
const err79 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
}
var valid30 = _errs228 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data77.usage_sink !== undefined){
const _errs244 = errors;
if(typeof data77.usage_sink !== "string"){
validate10.errors = [{instancePath:instancePath+"/logging/usage_sink",schemaPath:"#/properties/logging/properties/usage_sink/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid30 = _errs244 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data77.log_payloads !== undefined){
const _errs246 = errors;
if(typeof data77.log_payloads !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/logging/log_payloads",schemaPath:"#/properties/logging/properties/log_payloads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid30 = _errs246 === errors;
}
else {
var valid30 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs225 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.observability !== undefined){
let data81 = data.observability;
const _errs248 = errors;
if(errors === _errs248){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
const _errs250 = errors;
for(const key20 in data81){
if(!((key20 === "metrics") || (key20 === "otlp_endpoint"))){
validate10.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs250 === errors){
if(data81.metrics !== undefined){
const _errs251 = errors;
if(typeof data81.metrics !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/observability/metrics",schemaPath:"#/properties/observability/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid32 = _errs251 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data81.otlp_endpoint !== undefined){
const _errs253 = errors;
if(typeof data81.otlp_endpoint !== "string"){
validate10.errors = [{instancePath:instancePath+"/observability/otlp_endpoint",schemaPath:"#/properties/observability/properties/otlp_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs253 === errors;
}
else {
var valid32 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs248 === errors;
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
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

