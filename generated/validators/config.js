// generated from specs/ — do not edit (npm run gen)
// Validator "config" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func4__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":false,"type":"object","required":["providers"],"properties":{"server":{"additionalProperties":false,"type":"object","properties":{"host":{"type":"string"},"port":{"minimum":0,"maximum":65535,"type":"integer"},"anthropic_port":{"minimum":0,"maximum":65535,"type":"integer"},"body_limit_bytes":{"minimum":1,"type":"integer"},"workers":{"anyOf":[{"minimum":1,"maximum":64,"type":"integer"},{"const":"auto","type":"string"}]},"auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"anthropic_auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"admin_key":{"minLength":1,"type":"string"},"dashboard":{"type":"boolean"},"shutdown_grace_ms":{"minimum":0,"type":"integer"},"keepalive_ms":{"minimum":0,"type":"integer"},"default_provider":{"type":"string"},"force_model":{"type":"string"},"max_body_bytes_in_flight":{"minimum":1,"type":"integer"},"public_url":{"pattern":"^https?://[^?#]+$","type":"string"}}},"providers":{"additionalProperties":false,"type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]*$":{"additionalProperties":false,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"anthropic","type":"string"},{"const":"openai","type":"string"}]},"base_url":{"minLength":1,"type":"string"},"api_key":{"type":"string"},"api_keys":{"type":"array","items":{"minLength":1,"type":"string"}},"caller_keys":{"anyOf":[{"const":"stored","type":"string"},{"const":"passthrough","type":"string"}]},"headers":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"simulated":{"type":"boolean"},"pricing":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["input","output"],"properties":{"input":{"minimum":0,"type":"number"},"output":{"minimum":0,"type":"number"},"cache_read":{"minimum":0,"type":"number"},"cache_write_5m":{"minimum":0,"type":"number"},"cache_write_1h":{"minimum":0,"type":"number"},"batch_discount":{"minimum":0,"maximum":1,"type":"number"},"long_context":{"additionalProperties":false,"type":"object","required":["threshold_tokens","input","output"],"properties":{"threshold_tokens":{"minimum":1,"type":"integer"},"input":{"minimum":0,"type":"number"},"output":{"minimum":0,"type":"number"},"cache_read":{"minimum":0,"type":"number"},"cache_write_5m":{"minimum":0,"type":"number"},"cache_write_1h":{"minimum":0,"type":"number"}}},"source":{"type":"string"}}}}},"price_multiplier":{"exclusiveMinimum":0,"type":"number"}}}}},"models":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["targets"],"properties":{"targets":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["provider","model"],"properties":{"provider":{"minLength":1,"type":"string"},"model":{"minLength":1,"type":"string"},"weight":{"minimum":0,"type":"number"}}}},"strategy":{"anyOf":[{"const":"single","type":"string"},{"const":"failover","type":"string"},{"const":"weighted","type":"string"}]},"unsupported_params":{"anyOf":[{"const":"reject","type":"string"},{"const":"drop","type":"string"}]},"max_tokens_default":{"minimum":1,"type":"integer"}}}}},"callers":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"key":{"type":"string"},"key_sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"models":{"type":"array","items":{"type":"string"}},"direct_provider_routing":{"type":"boolean"},"metadata":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limits":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}}}}},"limits":{"additionalProperties":false,"type":"object","properties":{"store":{"type":"string"},"on_store_error":{"anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"}]},"store_timeout_ms":{"minimum":1,"type":"integer"},"per_caller":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}},"per_model":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"},"usd_per_day":{"exclusiveMinimum":0,"type":"number"},"usd_per_month":{"exclusiveMinimum":0,"type":"number"}}}}}}},"retry":{"additionalProperties":false,"type":"object","properties":{"max_attempts":{"minimum":1,"type":"integer"},"base_delay_ms":{"minimum":0,"type":"integer"},"max_delay_ms":{"minimum":0,"type":"integer"},"budget_ms":{"minimum":0,"type":"integer"}}},"timeouts":{"additionalProperties":false,"type":"object","properties":{"connect_ms":{"minimum":0,"type":"integer"},"first_byte_ms":{"minimum":0,"type":"integer"},"idle_ms":{"minimum":0,"type":"integer"},"total_ms":{"minimum":0,"type":"integer"}}},"circuit_breaker":{"additionalProperties":false,"type":"object","properties":{"failure_threshold":{"minimum":1,"type":"integer"},"failure_rate":{"minimum":0,"maximum":1,"type":"number"},"window_ms":{"minimum":0,"type":"integer"},"min_requests":{"minimum":1,"type":"integer"},"cooldown_ms":{"minimum":0,"type":"integer"},"key_probe_ms":{"minimum":0,"type":"integer"}}},"logging":{"additionalProperties":false,"type":"object","properties":{"level":{"anyOf":[{"const":"fatal","type":"string"},{"const":"error","type":"string"},{"const":"warn","type":"string"},{"const":"info","type":"string"},{"const":"debug","type":"string"},{"const":"trace","type":"string"},{"const":"silent","type":"string"}]},"usage_sink":{"type":"string"},"log_payloads":{"type":"boolean"}}},"observability":{"additionalProperties":false,"type":"object","properties":{"metrics":{"type":"boolean"},"metrics_key":{"minLength":1,"type":"string"},"otlp_endpoint":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = typeof func4__module === "function" ? func4__module : func4__module.default;
const pattern0 = new RegExp("^https?://[^?#]+$", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern3 = new RegExp("^(.*)$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");

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
if(data0.dashboard !== undefined){
const _errs33 = errors;
if(typeof data0.dashboard !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/server/dashboard",schemaPath:"#/properties/server/properties/dashboard/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.shutdown_grace_ms !== undefined){
let data10 = data0.shutdown_grace_ms;
const _errs35 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate10.errors = [{instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data0.keepalive_ms !== undefined){
let data11 = data0.keepalive_ms;
const _errs37 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.default_provider !== undefined){
const _errs39 = errors;
if(typeof data0.default_provider !== "string"){
validate10.errors = [{instancePath:instancePath+"/server/default_provider",schemaPath:"#/properties/server/properties/default_provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs39 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.force_model !== undefined){
const _errs41 = errors;
if(typeof data0.force_model !== "string"){
validate10.errors = [{instancePath:instancePath+"/server/force_model",schemaPath:"#/properties/server/properties/force_model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs41 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.max_body_bytes_in_flight !== undefined){
let data14 = data0.max_body_bytes_in_flight;
const _errs43 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate10.errors = [{instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
validate10.errors = [{instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs43 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.public_url !== undefined){
let data15 = data0.public_url;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
validate10.errors = [{instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#]+$"},message:"must match pattern \""+"^https?://[^?#]+$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs45 === errors;
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
let data16 = data.providers;
const _errs47 = errors;
if(errors === _errs47){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
const _errs49 = errors;
for(const key2 in data16){
if(!(pattern1.test(key2))){
validate10.errors = [{instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
var valid5 = true;
for(const key3 in data16){
if(pattern1.test(key3)){
let data17 = data16[key3];
const _errs50 = errors;
if(errors === _errs50){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing1;
if((data17.type === undefined) && (missing1 = "type")){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs52 = errors;
for(const key4 in data17){
if(!(func2.call(schema11.properties.providers.patternProperties["^[a-z0-9][a-z0-9_-]*$"].properties, key4))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs52 === errors){
if(data17.type !== undefined){
let data18 = data17.type;
const _errs53 = errors;
const _errs54 = errors;
let valid7 = false;
const _errs55 = errors;
if(typeof data18 !== "string"){
const err16 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("anthropic" !== data18){
const err17 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "anthropic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs55 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs57 = errors;
if(typeof data18 !== "string"){
const err18 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("openai" !== data18){
const err19 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs57 === errors;
valid7 = valid7 || _valid3;
}
if(!valid7){
const err20 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
var valid6 = _errs53 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.base_url !== undefined){
let data19 = data17.base_url;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data19 === "string"){
if(func4(data19) < 1){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs59 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.api_key !== undefined){
const _errs61 = errors;
if(typeof data17.api_key !== "string"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs61 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.api_keys !== undefined){
let data21 = data17.api_keys;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data21)){
var valid8 = true;
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
const _errs65 = errors;
if(errors === _errs65){
if(typeof data22 === "string"){
if(func4(data22) < 1){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs65 === errors;
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
var valid6 = _errs63 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.caller_keys !== undefined){
let data23 = data17.caller_keys;
const _errs67 = errors;
const _errs68 = errors;
let valid9 = false;
const _errs69 = errors;
if(typeof data23 !== "string"){
const err21 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("stored" !== data23){
const err22 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/const",keyword:"const",params:{allowedValue: "stored"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid4 = _errs69 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs71 = errors;
if(typeof data23 !== "string"){
const err23 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("passthrough" !== data23){
const err24 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/const",keyword:"const",params:{allowedValue: "passthrough"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid4 = _errs71 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err25 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs67 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.headers !== undefined){
let data24 = data17.headers;
const _errs73 = errors;
if(errors === _errs73){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
var valid10 = true;
for(const key5 in data24){
if(pattern3.test(key5)){
const _errs75 = errors;
if(typeof data24[key5] !== "string"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs75 === errors;
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
var valid6 = _errs73 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.simulated !== undefined){
const _errs77 = errors;
if(typeof data17.simulated !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/simulated",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/simulated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs77 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.pricing !== undefined){
let data27 = data17.pricing;
const _errs79 = errors;
if(errors === _errs79){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
var valid11 = true;
for(const key6 in data27){
if(pattern3.test(key6)){
let data28 = data27[key6];
const _errs81 = errors;
if(errors === _errs81){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing2;
if(((data28.input === undefined) && (missing2 = "input")) || ((data28.output === undefined) && (missing2 = "output"))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs83 = errors;
for(const key7 in data28){
if(!((((((((key7 === "input") || (key7 === "output")) || (key7 === "cache_read")) || (key7 === "cache_write_5m")) || (key7 === "cache_write_1h")) || (key7 === "batch_discount")) || (key7 === "long_context")) || (key7 === "source"))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs83 === errors){
if(data28.input !== undefined){
let data29 = data28.input;
const _errs84 = errors;
if(errors === _errs84){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs84 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.output !== undefined){
let data30 = data28.output;
const _errs86 = errors;
if(errors === _errs86){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs86 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.cache_read !== undefined){
let data31 = data28.cache_read;
const _errs88 = errors;
if(errors === _errs88){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_read/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs88 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.cache_write_5m !== undefined){
let data32 = data28.cache_write_5m;
const _errs90 = errors;
if(errors === _errs90){
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_5m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_5m/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs90 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.cache_write_1h !== undefined){
let data33 = data28.cache_write_1h;
const _errs92 = errors;
if(errors === _errs92){
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_1h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/cache_write_1h/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs92 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.batch_discount !== undefined){
let data34 = data28.batch_discount;
const _errs94 = errors;
if(errors === _errs94){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 1 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data34 < 0 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/batch_discount",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/batch_discount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs94 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.long_context !== undefined){
let data35 = data28.long_context;
const _errs96 = errors;
if(errors === _errs96){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing3;
if((((data35.threshold_tokens === undefined) && (missing3 = "threshold_tokens")) || ((data35.input === undefined) && (missing3 = "input"))) || ((data35.output === undefined) && (missing3 = "output"))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs98 = errors;
for(const key8 in data35){
if(!((((((key8 === "threshold_tokens") || (key8 === "input")) || (key8 === "output")) || (key8 === "cache_read")) || (key8 === "cache_write_5m")) || (key8 === "cache_write_1h"))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs98 === errors){
if(data35.threshold_tokens !== undefined){
let data36 = data35.threshold_tokens;
const _errs99 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/threshold_tokens",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/threshold_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs99){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/threshold_tokens",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/threshold_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid13 = _errs99 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data35.input !== undefined){
let data37 = data35.input;
const _errs101 = errors;
if(errors === _errs101){
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/input",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid13 = _errs101 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data35.output !== undefined){
let data38 = data35.output;
const _errs103 = errors;
if(errors === _errs103){
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/output",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid13 = _errs103 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data35.cache_read !== undefined){
let data39 = data35.cache_read;
const _errs105 = errors;
if(errors === _errs105){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_read",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_read/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid13 = _errs105 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data35.cache_write_5m !== undefined){
let data40 = data35.cache_write_5m;
const _errs107 = errors;
if(errors === _errs107){
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_5m/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_5m",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_5m/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid13 = _errs107 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data35.cache_write_1h !== undefined){
let data41 = data35.cache_write_1h;
const _errs109 = errors;
if(errors === _errs109){
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_1h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context/cache_write_1h",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/properties/cache_write_1h/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid13 = _errs109 === errors;
}
else {
var valid13 = true;
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
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/long_context",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/long_context/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs96 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data28.source !== undefined){
const _errs111 = errors;
if(typeof data28.source !== "string"){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs111 === errors;
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
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs81 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pricing",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/pricing/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs79 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.price_multiplier !== undefined){
let data43 = data17.price_multiplier;
const _errs113 = errors;
if(errors === _errs113){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 <= 0 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/price_multiplier",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/price_multiplier/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/price_multiplier",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/price_multiplier/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid6 = _errs113 === errors;
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
}
else {
validate10.errors = [{instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs50 === errors;
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
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.models !== undefined){
let data44 = data.models;
const _errs115 = errors;
if(errors === _errs115){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
var valid14 = true;
for(const key9 in data44){
if(pattern3.test(key9)){
let data45 = data44[key9];
const _errs117 = errors;
if(errors === _errs117){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing4;
if((data45.targets === undefined) && (missing4 = "targets")){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs119 = errors;
for(const key10 in data45){
if(!((((key10 === "targets") || (key10 === "strategy")) || (key10 === "unsupported_params")) || (key10 === "max_tokens_default"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs119 === errors){
if(data45.targets !== undefined){
let data46 = data45.targets;
const _errs120 = errors;
if(errors === _errs120){
if(Array.isArray(data46)){
if(data46.length < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid16 = true;
const len1 = data46.length;
for(let i1=0; i1<len1; i1++){
let data47 = data46[i1];
const _errs122 = errors;
if(errors === _errs122){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing5;
if(((data47.provider === undefined) && (missing5 = "provider")) || ((data47.model === undefined) && (missing5 = "model"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs124 = errors;
for(const key11 in data47){
if(!(((key11 === "provider") || (key11 === "model")) || (key11 === "weight"))){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs124 === errors){
if(data47.provider !== undefined){
let data48 = data47.provider;
const _errs125 = errors;
if(errors === _errs125){
if(typeof data48 === "string"){
if(func4(data48) < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs125 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data47.model !== undefined){
let data49 = data47.model;
const _errs127 = errors;
if(errors === _errs127){
if(typeof data49 === "string"){
if(func4(data49) < 1){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs127 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data47.weight !== undefined){
let data50 = data47.weight;
const _errs129 = errors;
if(errors === _errs129){
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid17 = _errs129 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs122 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid15 = _errs120 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data45.strategy !== undefined){
let data51 = data45.strategy;
const _errs131 = errors;
const _errs132 = errors;
let valid18 = false;
const _errs133 = errors;
if(typeof data51 !== "string"){
const err26 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if("single" !== data51){
const err27 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/const",keyword:"const",params:{allowedValue: "single"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs133 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs135 = errors;
if(typeof data51 !== "string"){
const err28 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if("failover" !== data51){
const err29 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/const",keyword:"const",params:{allowedValue: "failover"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid5 = _errs135 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs137 = errors;
if(typeof data51 !== "string"){
const err30 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("weighted" !== data51){
const err31 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/const",keyword:"const",params:{allowedValue: "weighted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid5 = _errs137 === errors;
valid18 = valid18 || _valid5;
}
}
if(!valid18){
const err32 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs132;
if(vErrors !== null){
if(_errs132){
vErrors.length = _errs132;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs131 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data45.unsupported_params !== undefined){
let data52 = data45.unsupported_params;
const _errs139 = errors;
const _errs140 = errors;
let valid19 = false;
const _errs141 = errors;
if(typeof data52 !== "string"){
const err33 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if("reject" !== data52){
const err34 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/const",keyword:"const",params:{allowedValue: "reject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid6 = _errs141 === errors;
valid19 = valid19 || _valid6;
if(!valid19){
const _errs143 = errors;
if(typeof data52 !== "string"){
const err35 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if("drop" !== data52){
const err36 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/const",keyword:"const",params:{allowedValue: "drop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid6 = _errs143 === errors;
valid19 = valid19 || _valid6;
}
if(!valid19){
const err37 = {instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
var valid15 = _errs139 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data45.max_tokens_default !== undefined){
let data53 = data45.max_tokens_default;
const _errs145 = errors;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs145){
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid15 = _errs145 === errors;
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
validate10.errors = [{instancePath:instancePath+"/models/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs117 === errors;
if(!valid14){
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
var valid0 = _errs115 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callers !== undefined){
let data54 = data.callers;
const _errs147 = errors;
if(errors === _errs147){
if(Array.isArray(data54)){
var valid20 = true;
const len2 = data54.length;
for(let i2=0; i2<len2; i2++){
let data55 = data54[i2];
const _errs149 = errors;
if(errors === _errs149){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing6;
if((data55.name === undefined) && (missing6 = "name")){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs151 = errors;
for(const key12 in data55){
if(!(((((((key12 === "name") || (key12 === "key")) || (key12 === "key_sha256")) || (key12 === "models")) || (key12 === "direct_provider_routing")) || (key12 === "metadata")) || (key12 === "limits"))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs151 === errors){
if(data55.name !== undefined){
let data56 = data55.name;
const _errs152 = errors;
if(errors === _errs152){
if(typeof data56 === "string"){
if(func4(data56) < 1){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs152 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.key !== undefined){
const _errs154 = errors;
if(typeof data55.key !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key",schemaPath:"#/properties/callers/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid21 = _errs154 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.key_sha256 !== undefined){
let data58 = data55.key_sha256;
const _errs156 = errors;
if(errors === _errs156){
if(typeof data58 === "string"){
if(!pattern6.test(data58)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs156 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.models !== undefined){
let data59 = data55.models;
const _errs158 = errors;
if(errors === _errs158){
if(Array.isArray(data59)){
var valid22 = true;
const len3 = data59.length;
for(let i3=0; i3<len3; i3++){
const _errs160 = errors;
if(typeof data59[i3] !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/models/" + i3,schemaPath:"#/properties/callers/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs160 === errors;
if(!valid22){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/models",schemaPath:"#/properties/callers/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs158 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.direct_provider_routing !== undefined){
const _errs162 = errors;
if(typeof data55.direct_provider_routing !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/direct_provider_routing",schemaPath:"#/properties/callers/items/properties/direct_provider_routing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid21 = _errs162 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.metadata !== undefined){
let data62 = data55.metadata;
const _errs164 = errors;
if(errors === _errs164){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
var valid23 = true;
for(const key13 in data62){
if(pattern3.test(key13)){
const _errs166 = errors;
if(typeof data62[key13] !== "string"){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/metadata/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callers/items/properties/metadata/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs166 === errors;
if(!valid23){
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
var valid21 = _errs164 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data55.limits !== undefined){
let data64 = data55.limits;
const _errs168 = errors;
if(errors === _errs168){
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
const _errs170 = errors;
for(const key14 in data64){
if(!(((((key14 === "rpm") || (key14 === "tpm")) || (key14 === "concurrent_streams")) || (key14 === "usd_per_day")) || (key14 === "usd_per_month"))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs170 === errors){
if(data64.rpm !== undefined){
let data65 = data64.rpm;
const _errs171 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs171){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 1 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid24 = _errs171 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data64.tpm !== undefined){
let data66 = data64.tpm;
const _errs173 = errors;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs173){
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 1 || isNaN(data66)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data64.concurrent_streams !== undefined){
let data67 = data64.concurrent_streams;
const _errs175 = errors;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs175){
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 1 || isNaN(data67)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data64.usd_per_day !== undefined){
let data68 = data64.usd_per_day;
const _errs177 = errors;
if(errors === _errs177){
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 <= 0 || isNaN(data68)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_day",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_day",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid24 = _errs177 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data64.usd_per_month !== undefined){
let data69 = data64.usd_per_month;
const _errs179 = errors;
if(errors === _errs179){
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 <= 0 || isNaN(data69)){
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_month",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers/" + i2+"/limits/usd_per_month",schemaPath:"#/properties/callers/items/properties/limits/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid24 = _errs179 === errors;
}
else {
var valid24 = true;
}
}
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
var valid21 = _errs168 === errors;
}
else {
var valid21 = true;
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
var valid20 = _errs149 === errors;
if(!valid20){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/callers",schemaPath:"#/properties/callers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs147 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data70 = data.limits;
const _errs181 = errors;
if(errors === _errs181){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
const _errs183 = errors;
for(const key15 in data70){
if(!(((((key15 === "store") || (key15 === "on_store_error")) || (key15 === "store_timeout_ms")) || (key15 === "per_caller")) || (key15 === "per_model"))){
validate10.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs183 === errors){
if(data70.store !== undefined){
const _errs184 = errors;
if(typeof data70.store !== "string"){
validate10.errors = [{instancePath:instancePath+"/limits/store",schemaPath:"#/properties/limits/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs184 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.on_store_error !== undefined){
let data72 = data70.on_store_error;
const _errs186 = errors;
const _errs187 = errors;
let valid26 = false;
const _errs188 = errors;
if(typeof data72 !== "string"){
const err38 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("open" !== data72){
const err39 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid7 = _errs188 === errors;
valid26 = valid26 || _valid7;
if(!valid26){
const _errs190 = errors;
if(typeof data72 !== "string"){
const err40 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("closed" !== data72){
const err41 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid7 = _errs190 === errors;
valid26 = valid26 || _valid7;
}
if(!valid26){
const err42 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs187;
if(vErrors !== null){
if(_errs187){
vErrors.length = _errs187;
}
else {
vErrors = null;
}
}
}
var valid25 = _errs186 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.store_timeout_ms !== undefined){
let data73 = data70.store_timeout_ms;
const _errs192 = errors;
if(!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))){
validate10.errors = [{instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs192){
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 1 || isNaN(data73)){
validate10.errors = [{instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid25 = _errs192 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.per_caller !== undefined){
let data74 = data70.per_caller;
const _errs194 = errors;
if(errors === _errs194){
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
const _errs196 = errors;
for(const key16 in data74){
if(!(((((key16 === "rpm") || (key16 === "tpm")) || (key16 === "concurrent_streams")) || (key16 === "usd_per_day")) || (key16 === "usd_per_month"))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs196 === errors){
if(data74.rpm !== undefined){
let data75 = data74.rpm;
const _errs197 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs197){
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 1 || isNaN(data75)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data74.tpm !== undefined){
let data76 = data74.tpm;
const _errs199 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs199){
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < 1 || isNaN(data76)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid27 = _errs199 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data74.concurrent_streams !== undefined){
let data77 = data74.concurrent_streams;
const _errs201 = errors;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs201){
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 1 || isNaN(data77)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid27 = _errs201 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data74.usd_per_day !== undefined){
let data78 = data74.usd_per_day;
const _errs203 = errors;
if(errors === _errs203){
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 <= 0 || isNaN(data78)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/usd_per_day",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/usd_per_day",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid27 = _errs203 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data74.usd_per_month !== undefined){
let data79 = data74.usd_per_month;
const _errs205 = errors;
if(errors === _errs205){
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 <= 0 || isNaN(data79)){
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/usd_per_month",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_caller/usd_per_month",schemaPath:"#/properties/limits/properties/per_caller/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid27 = _errs205 === errors;
}
else {
var valid27 = true;
}
}
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
var valid25 = _errs194 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data70.per_model !== undefined){
let data80 = data70.per_model;
const _errs207 = errors;
if(errors === _errs207){
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
var valid28 = true;
for(const key17 in data80){
if(pattern3.test(key17)){
let data81 = data80[key17];
const _errs209 = errors;
if(errors === _errs209){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
const _errs211 = errors;
for(const key18 in data81){
if(!(((((key18 === "rpm") || (key18 === "tpm")) || (key18 === "concurrent_streams")) || (key18 === "usd_per_day")) || (key18 === "usd_per_month"))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs211 === errors){
if(data81.rpm !== undefined){
let data82 = data81.rpm;
const _errs212 = errors;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs212){
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 < 1 || isNaN(data82)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid29 = _errs212 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data81.tpm !== undefined){
let data83 = data81.tpm;
const _errs214 = errors;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs214){
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid29 = _errs214 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data81.concurrent_streams !== undefined){
let data84 = data81.concurrent_streams;
const _errs216 = errors;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs216){
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 < 1 || isNaN(data84)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid29 = _errs216 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data81.usd_per_day !== undefined){
let data85 = data81.usd_per_day;
const _errs218 = errors;
if(errors === _errs218){
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 <= 0 || isNaN(data85)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_day",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_day/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_day",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_day/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid29 = _errs218 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data81.usd_per_month !== undefined){
let data86 = data81.usd_per_month;
const _errs220 = errors;
if(errors === _errs220){
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 <= 0 || isNaN(data86)){
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_month",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_month/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/usd_per_month",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/usd_per_month/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid29 = _errs220 === errors;
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
validate10.errors = [{instancePath:instancePath+"/limits/per_model/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs209 === errors;
if(!valid28){
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
var valid25 = _errs207 === errors;
}
else {
var valid25 = true;
}
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
var valid0 = _errs181 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry !== undefined){
let data87 = data.retry;
const _errs222 = errors;
if(errors === _errs222){
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
const _errs224 = errors;
for(const key19 in data87){
if(!((((key19 === "max_attempts") || (key19 === "base_delay_ms")) || (key19 === "max_delay_ms")) || (key19 === "budget_ms"))){
validate10.errors = [{instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs224 === errors){
if(data87.max_attempts !== undefined){
let data88 = data87.max_attempts;
const _errs225 = errors;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
validate10.errors = [{instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs225){
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
validate10.errors = [{instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid30 = _errs225 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data87.base_delay_ms !== undefined){
let data89 = data87.base_delay_ms;
const _errs227 = errors;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
validate10.errors = [{instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs227){
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 < 0 || isNaN(data89)){
validate10.errors = [{instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid30 = _errs227 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data87.max_delay_ms !== undefined){
let data90 = data87.max_delay_ms;
const _errs229 = errors;
if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){
validate10.errors = [{instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs229){
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 < 0 || isNaN(data90)){
validate10.errors = [{instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid30 = _errs229 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data87.budget_ms !== undefined){
let data91 = data87.budget_ms;
const _errs231 = errors;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
validate10.errors = [{instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs231){
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 < 0 || isNaN(data91)){
validate10.errors = [{instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid30 = _errs231 === errors;
}
else {
var valid30 = true;
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
var valid0 = _errs222 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeouts !== undefined){
let data92 = data.timeouts;
const _errs233 = errors;
if(errors === _errs233){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
const _errs235 = errors;
for(const key20 in data92){
if(!((((key20 === "connect_ms") || (key20 === "first_byte_ms")) || (key20 === "idle_ms")) || (key20 === "total_ms"))){
validate10.errors = [{instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs235 === errors){
if(data92.connect_ms !== undefined){
let data93 = data92.connect_ms;
const _errs236 = errors;
if(!(((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93))) && (isFinite(data93)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs236){
if((typeof data93 == "number") && (isFinite(data93))){
if(data93 < 0 || isNaN(data93)){
validate10.errors = [{instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid31 = _errs236 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data92.first_byte_ms !== undefined){
let data94 = data92.first_byte_ms;
const _errs238 = errors;
if(!(((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94))) && (isFinite(data94)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs238){
if((typeof data94 == "number") && (isFinite(data94))){
if(data94 < 0 || isNaN(data94)){
validate10.errors = [{instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid31 = _errs238 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data92.idle_ms !== undefined){
let data95 = data92.idle_ms;
const _errs240 = errors;
if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs240){
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 < 0 || isNaN(data95)){
validate10.errors = [{instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid31 = _errs240 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data92.total_ms !== undefined){
let data96 = data92.total_ms;
const _errs242 = errors;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
validate10.errors = [{instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs242){
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 0 || isNaN(data96)){
validate10.errors = [{instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid31 = _errs242 === errors;
}
else {
var valid31 = true;
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
var valid0 = _errs233 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.circuit_breaker !== undefined){
let data97 = data.circuit_breaker;
const _errs244 = errors;
if(errors === _errs244){
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
const _errs246 = errors;
for(const key21 in data97){
if(!((((((key21 === "failure_threshold") || (key21 === "failure_rate")) || (key21 === "window_ms")) || (key21 === "min_requests")) || (key21 === "cooldown_ms")) || (key21 === "key_probe_ms"))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs246 === errors){
if(data97.failure_threshold !== undefined){
let data98 = data97.failure_threshold;
const _errs247 = errors;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs247){
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 1 || isNaN(data98)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid32 = _errs247 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data97.failure_rate !== undefined){
let data99 = data97.failure_rate;
const _errs249 = errors;
if(errors === _errs249){
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 > 1 || isNaN(data99)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data99 < 0 || isNaN(data99)){
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
var valid32 = _errs249 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data97.window_ms !== undefined){
let data100 = data97.window_ms;
const _errs251 = errors;
if(!(((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100))) && (isFinite(data100)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs251){
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 < 0 || isNaN(data100)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid32 = _errs251 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data97.min_requests !== undefined){
let data101 = data97.min_requests;
const _errs253 = errors;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs253){
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 1 || isNaN(data101)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid32 = _errs253 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data97.cooldown_ms !== undefined){
let data102 = data97.cooldown_ms;
const _errs255 = errors;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs255){
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 0 || isNaN(data102)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid32 = _errs255 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data97.key_probe_ms !== undefined){
let data103 = data97.key_probe_ms;
const _errs257 = errors;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs257){
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
validate10.errors = [{instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid32 = _errs257 === errors;
}
else {
var valid32 = true;
}
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
var valid0 = _errs244 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logging !== undefined){
let data104 = data.logging;
const _errs259 = errors;
if(errors === _errs259){
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
const _errs261 = errors;
for(const key22 in data104){
if(!(((key22 === "level") || (key22 === "usage_sink")) || (key22 === "log_payloads"))){
validate10.errors = [{instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs261 === errors){
if(data104.level !== undefined){
let data105 = data104.level;
const _errs262 = errors;
const _errs263 = errors;
let valid34 = false;
const _errs264 = errors;
if(typeof data105 !== "string"){
const err43 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if("fatal" !== data105){
const err44 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/const",keyword:"const",params:{allowedValue: "fatal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid8 = _errs264 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs266 = errors;
if(typeof data105 !== "string"){
const err45 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if("error" !== data105){
const err46 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid8 = _errs266 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs268 = errors;
if(typeof data105 !== "string"){
const err47 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if("warn" !== data105){
const err48 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/const",keyword:"const",params:{allowedValue: "warn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid8 = _errs268 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs270 = errors;
if(typeof data105 !== "string"){
const err49 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if("info" !== data105){
const err50 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/const",keyword:"const",params:{allowedValue: "info"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid8 = _errs270 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs272 = errors;
if(typeof data105 !== "string"){
const err51 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if("debug" !== data105){
const err52 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/const",keyword:"const",params:{allowedValue: "debug"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid8 = _errs272 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs274 = errors;
if(typeof data105 !== "string"){
const err53 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if("trace" !== data105){
const err54 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/const",keyword:"const",params:{allowedValue: "trace"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid8 = _errs274 === errors;
valid34 = valid34 || _valid8;
if(!valid34){
const _errs276 = errors;
if(typeof data105 !== "string"){
const err55 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if("silent" !== data105){
const err56 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/const",keyword:"const",params:{allowedValue: "silent"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid8 = _errs276 === errors;
valid34 = valid34 || _valid8;
}
}
}
}
}
}
if(!valid34){
const err57 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs263;
if(vErrors !== null){
if(_errs263){
vErrors.length = _errs263;
}
else {
vErrors = null;
}
}
}
var valid33 = _errs262 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data104.usage_sink !== undefined){
const _errs278 = errors;
if(typeof data104.usage_sink !== "string"){
validate10.errors = [{instancePath:instancePath+"/logging/usage_sink",schemaPath:"#/properties/logging/properties/usage_sink/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid33 = _errs278 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data104.log_payloads !== undefined){
const _errs280 = errors;
if(typeof data104.log_payloads !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/logging/log_payloads",schemaPath:"#/properties/logging/properties/log_payloads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid33 = _errs280 === errors;
}
else {
var valid33 = true;
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
var valid0 = _errs259 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.observability !== undefined){
let data108 = data.observability;
const _errs282 = errors;
if(errors === _errs282){
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
const _errs284 = errors;
for(const key23 in data108){
if(!(((key23 === "metrics") || (key23 === "metrics_key")) || (key23 === "otlp_endpoint"))){
validate10.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs284 === errors){
if(data108.metrics !== undefined){
const _errs285 = errors;
if(typeof data108.metrics !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/observability/metrics",schemaPath:"#/properties/observability/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid35 = _errs285 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data108.metrics_key !== undefined){
let data110 = data108.metrics_key;
const _errs287 = errors;
if(errors === _errs287){
if(typeof data110 === "string"){
if(func4(data110) < 1){
validate10.errors = [{instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid35 = _errs287 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data108.otlp_endpoint !== undefined){
const _errs289 = errors;
if(typeof data108.otlp_endpoint !== "string"){
validate10.errors = [{instancePath:instancePath+"/observability/otlp_endpoint",schemaPath:"#/properties/observability/properties/otlp_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid35 = _errs289 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs282 === errors;
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

