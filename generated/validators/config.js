// generated from specs/ — do not edit (npm run gen)
// Validator "config" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func4__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":false,"type":"object","required":["providers"],"properties":{"server":{"additionalProperties":false,"type":"object","properties":{"host":{"type":"string"},"port":{"minimum":0,"maximum":65535,"type":"integer"},"anthropic_port":{"minimum":0,"maximum":65535,"type":"integer"},"body_limit_bytes":{"minimum":1,"type":"integer"},"workers":{"anyOf":[{"minimum":1,"maximum":64,"type":"integer"},{"const":"auto","type":"string"}]},"auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"anthropic_auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"admin_key":{"minLength":1,"type":"string"},"shutdown_grace_ms":{"minimum":0,"type":"integer"},"keepalive_ms":{"minimum":0,"type":"integer"},"default_provider":{"type":"string"},"force_model":{"type":"string"},"max_body_bytes_in_flight":{"minimum":1,"type":"integer"},"public_url":{"pattern":"^https?://[^?#]+$","type":"string"}}},"providers":{"additionalProperties":false,"type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]*$":{"additionalProperties":false,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"anthropic","type":"string"},{"const":"openai","type":"string"}]},"base_url":{"minLength":1,"type":"string"},"api_key":{"type":"string"},"api_keys":{"type":"array","items":{"minLength":1,"type":"string"}},"caller_keys":{"anyOf":[{"const":"stored","type":"string"},{"const":"passthrough","type":"string"}]},"headers":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"simulated":{"type":"boolean"}}}}},"models":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["targets"],"properties":{"targets":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["provider","model"],"properties":{"provider":{"minLength":1,"type":"string"},"model":{"minLength":1,"type":"string"},"weight":{"minimum":0,"type":"number"}}}},"strategy":{"anyOf":[{"const":"single","type":"string"},{"const":"failover","type":"string"},{"const":"weighted","type":"string"}]},"unsupported_params":{"anyOf":[{"const":"reject","type":"string"},{"const":"drop","type":"string"}]},"max_tokens_default":{"minimum":1,"type":"integer"}}}}},"callers":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"key":{"type":"string"},"key_sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"models":{"type":"array","items":{"type":"string"}},"direct_provider_routing":{"type":"boolean"},"metadata":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limits":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}},"limits":{"additionalProperties":false,"type":"object","properties":{"store":{"type":"string"},"on_store_error":{"anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"}]},"store_timeout_ms":{"minimum":1,"type":"integer"},"per_caller":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}},"per_model":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}}},"retry":{"additionalProperties":false,"type":"object","properties":{"max_attempts":{"minimum":1,"type":"integer"},"base_delay_ms":{"minimum":0,"type":"integer"},"max_delay_ms":{"minimum":0,"type":"integer"},"budget_ms":{"minimum":0,"type":"integer"}}},"timeouts":{"additionalProperties":false,"type":"object","properties":{"connect_ms":{"minimum":0,"type":"integer"},"first_byte_ms":{"minimum":0,"type":"integer"},"idle_ms":{"minimum":0,"type":"integer"},"total_ms":{"minimum":0,"type":"integer"}}},"circuit_breaker":{"additionalProperties":false,"type":"object","properties":{"failure_threshold":{"minimum":1,"type":"integer"},"failure_rate":{"minimum":0,"maximum":1,"type":"number"},"window_ms":{"minimum":0,"type":"integer"},"min_requests":{"minimum":1,"type":"integer"},"cooldown_ms":{"minimum":0,"type":"integer"},"key_probe_ms":{"minimum":0,"type":"integer"}}},"logging":{"additionalProperties":false,"type":"object","properties":{"level":{"anyOf":[{"const":"fatal","type":"string"},{"const":"error","type":"string"},{"const":"warn","type":"string"},{"const":"info","type":"string"},{"const":"debug","type":"string"},{"const":"trace","type":"string"},{"const":"silent","type":"string"}]},"usage_sink":{"type":"string"},"log_payloads":{"type":"boolean"}}},"observability":{"additionalProperties":false,"type":"object","properties":{"metrics":{"type":"boolean"},"metrics_key":{"minLength":1,"type":"string"},"otlp_endpoint":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = typeof func4__module === "function" ? func4__module : func4__module.default;
const pattern0 = new RegExp("^https?://[^?#]+$", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern3 = new RegExp("^(.*)$", "u");
const pattern5 = new RegExp("^[0-9a-f]{64}$", "u");

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
if(data0.shutdown_grace_ms !== undefined){
let data9 = data0.shutdown_grace_ms;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/server/shutdown_grace_ms",schemaPath:"#/properties/server/properties/shutdown_grace_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.keepalive_ms !== undefined){
let data10 = data0.keepalive_ms;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/server/keepalive_ms",schemaPath:"#/properties/server/properties/keepalive_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.default_provider !== undefined){
if(typeof data0.default_provider !== "string"){
const err34 = {instancePath:instancePath+"/server/default_provider",schemaPath:"#/properties/server/properties/default_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data0.force_model !== undefined){
if(typeof data0.force_model !== "string"){
const err35 = {instancePath:instancePath+"/server/force_model",schemaPath:"#/properties/server/properties/force_model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data0.max_body_bytes_in_flight !== undefined){
let data13 = data0.max_body_bytes_in_flight;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err36 = {instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/server/max_body_bytes_in_flight",schemaPath:"#/properties/server/properties/max_body_bytes_in_flight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data0.public_url !== undefined){
let data14 = data0.public_url;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err38 = {instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#]+$"},message:"must match pattern \""+"^https?://[^?#]+$"+"\""};
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
const err39 = {instancePath:instancePath+"/server/public_url",schemaPath:"#/properties/server/properties/public_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.providers !== undefined){
let data15 = data.providers;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(!(pattern1.test(key2))){
const err41 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key3 in data15){
if(pattern1.test(key3)){
let data16 = data15[key3];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.type === undefined){
const err42 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key4 in data16){
if(!(((((((key4 === "type") || (key4 === "base_url")) || (key4 === "api_key")) || (key4 === "api_keys")) || (key4 === "caller_keys")) || (key4 === "headers")) || (key4 === "simulated"))){
const err43 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.type !== undefined){
let data17 = data16.type;
const _errs52 = errors;
let valid7 = false;
const _errs53 = errors;
if(typeof data17 !== "string"){
const err44 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if("anthropic" !== data17){
const err45 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "anthropic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs53 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs55 = errors;
if(typeof data17 !== "string"){
const err46 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if("openai" !== data17){
const err47 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid3 = _errs55 === errors;
valid7 = valid7 || _valid3;
}
if(!valid7){
const err48 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
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
}
if(data16.base_url !== undefined){
let data18 = data16.base_url;
if(typeof data18 === "string"){
if(func4(data18) < 1){
const err49 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.api_key !== undefined){
if(typeof data16.api_key !== "string"){
const err51 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.api_keys !== undefined){
let data20 = data16.api_keys;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 === "string"){
if(func4(data21) < 1){
const err52 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.caller_keys !== undefined){
let data22 = data16.caller_keys;
const _errs66 = errors;
let valid10 = false;
const _errs67 = errors;
if(typeof data22 !== "string"){
const err55 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if("stored" !== data22){
const err56 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/const",keyword:"const",params:{allowedValue: "stored"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid4 = _errs67 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const _errs69 = errors;
if(typeof data22 !== "string"){
const err57 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if("passthrough" !== data22){
const err58 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/const",keyword:"const",params:{allowedValue: "passthrough"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid4 = _errs69 === errors;
valid10 = valid10 || _valid4;
}
if(!valid10){
const err59 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
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
}
if(data16.headers !== undefined){
let data23 = data16.headers;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key5 in data23){
if(pattern3.test(key5)){
if(typeof data23[key5] !== "string"){
const err60 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data16.simulated !== undefined){
if(typeof data16.simulated !== "boolean"){
const err62 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/simulated",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/simulated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.models !== undefined){
let data26 = data.models;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key6 in data26){
if(pattern3.test(key6)){
let data27 = data26[key6];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.targets === undefined){
const err65 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key7 in data27){
if(!((((key7 === "targets") || (key7 === "strategy")) || (key7 === "unsupported_params")) || (key7 === "max_tokens_default"))){
const err66 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data27.targets !== undefined){
let data28 = data27.targets;
if(Array.isArray(data28)){
if(data28.length < 1){
const err67 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.provider === undefined){
const err68 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data29.model === undefined){
const err69 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key8 in data29){
if(!(((key8 === "provider") || (key8 === "model")) || (key8 === "weight"))){
const err70 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data29.provider !== undefined){
let data30 = data29.provider;
if(typeof data30 === "string"){
if(func4(data30) < 1){
const err71 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data29.model !== undefined){
let data31 = data29.model;
if(typeof data31 === "string"){
if(func4(data31) < 1){
const err73 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data29.weight !== undefined){
let data32 = data29.weight;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err75 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data27.strategy !== undefined){
let data33 = data27.strategy;
const _errs94 = errors;
let valid17 = false;
const _errs95 = errors;
if(typeof data33 !== "string"){
const err79 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if("single" !== data33){
const err80 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/const",keyword:"const",params:{allowedValue: "single"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid5 = _errs95 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs97 = errors;
if(typeof data33 !== "string"){
const err81 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if("failover" !== data33){
const err82 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/const",keyword:"const",params:{allowedValue: "failover"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid5 = _errs97 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs99 = errors;
if(typeof data33 !== "string"){
const err83 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if("weighted" !== data33){
const err84 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/const",keyword:"const",params:{allowedValue: "weighted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid5 = _errs99 === errors;
valid17 = valid17 || _valid5;
}
}
if(!valid17){
const err85 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
}
}
if(data27.unsupported_params !== undefined){
let data34 = data27.unsupported_params;
const _errs102 = errors;
let valid18 = false;
const _errs103 = errors;
if(typeof data34 !== "string"){
const err86 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if("reject" !== data34){
const err87 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/const",keyword:"const",params:{allowedValue: "reject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid6 = _errs103 === errors;
valid18 = valid18 || _valid6;
if(!valid18){
const _errs105 = errors;
if(typeof data34 !== "string"){
const err88 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if("drop" !== data34){
const err89 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/const",keyword:"const",params:{allowedValue: "drop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid6 = _errs105 === errors;
valid18 = valid18 || _valid6;
}
if(!valid18){
const err90 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data27.max_tokens_default !== undefined){
let data35 = data27.max_tokens_default;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err91 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 1 || isNaN(data35)){
const err92 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
else {
const err93 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err94 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.callers !== undefined){
let data36 = data.callers;
if(Array.isArray(data36)){
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.name === undefined){
const err95 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key9 in data37){
if(!(((((((key9 === "name") || (key9 === "key")) || (key9 === "key_sha256")) || (key9 === "models")) || (key9 === "direct_provider_routing")) || (key9 === "metadata")) || (key9 === "limits"))){
const err96 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data37.name !== undefined){
let data38 = data37.name;
if(typeof data38 === "string"){
if(func4(data38) < 1){
const err97 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data37.key !== undefined){
if(typeof data37.key !== "string"){
const err99 = {instancePath:instancePath+"/callers/" + i2+"/key",schemaPath:"#/properties/callers/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data37.key_sha256 !== undefined){
let data40 = data37.key_sha256;
if(typeof data40 === "string"){
if(!pattern5.test(data40)){
const err100 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data37.models !== undefined){
let data41 = data37.models;
if(Array.isArray(data41)){
const len3 = data41.length;
for(let i3=0; i3<len3; i3++){
if(typeof data41[i3] !== "string"){
const err102 = {instancePath:instancePath+"/callers/" + i2+"/models/" + i3,schemaPath:"#/properties/callers/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/callers/" + i2+"/models",schemaPath:"#/properties/callers/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data37.direct_provider_routing !== undefined){
if(typeof data37.direct_provider_routing !== "boolean"){
const err104 = {instancePath:instancePath+"/callers/" + i2+"/direct_provider_routing",schemaPath:"#/properties/callers/items/properties/direct_provider_routing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data37.metadata !== undefined){
let data44 = data37.metadata;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key10 in data44){
if(pattern3.test(key10)){
if(typeof data44[key10] !== "string"){
const err105 = {instancePath:instancePath+"/callers/" + i2+"/metadata/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callers/items/properties/metadata/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err106 = {instancePath:instancePath+"/callers/" + i2+"/metadata",schemaPath:"#/properties/callers/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data37.limits !== undefined){
let data46 = data37.limits;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key11 in data46){
if(!(((key11 === "rpm") || (key11 === "tpm")) || (key11 === "concurrent_streams"))){
const err107 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data46.rpm !== undefined){
let data47 = data46.rpm;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err108 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 1 || isNaN(data47)){
const err109 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
if(data46.tpm !== undefined){
let data48 = data46.tpm;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err110 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1 || isNaN(data48)){
const err111 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data46.concurrent_streams !== undefined){
let data49 = data46.concurrent_streams;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err112 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 1 || isNaN(data49)){
const err113 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
else {
const err114 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/callers",schemaPath:"#/properties/callers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.limits !== undefined){
let data50 = data.limits;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key12 in data50){
if(!(((((key12 === "store") || (key12 === "on_store_error")) || (key12 === "store_timeout_ms")) || (key12 === "per_caller")) || (key12 === "per_model"))){
const err117 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data50.store !== undefined){
if(typeof data50.store !== "string"){
const err118 = {instancePath:instancePath+"/limits/store",schemaPath:"#/properties/limits/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data50.on_store_error !== undefined){
let data52 = data50.on_store_error;
const _errs145 = errors;
let valid27 = false;
const _errs146 = errors;
if(typeof data52 !== "string"){
const err119 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if("open" !== data52){
const err120 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid7 = _errs146 === errors;
valid27 = valid27 || _valid7;
if(!valid27){
const _errs148 = errors;
if(typeof data52 !== "string"){
const err121 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if("closed" !== data52){
const err122 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid7 = _errs148 === errors;
valid27 = valid27 || _valid7;
}
if(!valid27){
const err123 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
}
}
if(data50.store_timeout_ms !== undefined){
let data53 = data50.store_timeout_ms;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err124 = {instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err125 = {instancePath:instancePath+"/limits/store_timeout_ms",schemaPath:"#/properties/limits/properties/store_timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
if(data50.per_caller !== undefined){
let data54 = data50.per_caller;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key13 in data54){
if(!(((key13 === "rpm") || (key13 === "tpm")) || (key13 === "concurrent_streams"))){
const err126 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data54.rpm !== undefined){
let data55 = data54.rpm;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err127 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 1 || isNaN(data55)){
const err128 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data54.tpm !== undefined){
let data56 = data54.tpm;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err129 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 1 || isNaN(data56)){
const err130 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data54.concurrent_streams !== undefined){
let data57 = data54.concurrent_streams;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err131 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 1 || isNaN(data57)){
const err132 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
}
else {
const err133 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data50.per_model !== undefined){
let data58 = data50.per_model;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key14 in data58){
if(pattern3.test(key14)){
let data59 = data58[key14];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key15 in data59){
if(!(((key15 === "rpm") || (key15 === "tpm")) || (key15 === "concurrent_streams"))){
const err134 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data59.rpm !== undefined){
let data60 = data59.rpm;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err135 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 1 || isNaN(data60)){
const err136 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
if(data59.tpm !== undefined){
let data61 = data59.tpm;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err137 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 1 || isNaN(data61)){
const err138 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
if(data59.concurrent_streams !== undefined){
let data62 = data59.concurrent_streams;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err139 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 1 || isNaN(data62)){
const err140 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
}
else {
const err141 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
}
else {
const err142 = {instancePath:instancePath+"/limits/per_model",schemaPath:"#/properties/limits/properties/per_model/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.retry !== undefined){
let data63 = data.retry;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key16 in data63){
if(!((((key16 === "max_attempts") || (key16 === "base_delay_ms")) || (key16 === "max_delay_ms")) || (key16 === "budget_ms"))){
const err144 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data63.max_attempts !== undefined){
let data64 = data63.max_attempts;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err145 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 1 || isNaN(data64)){
const err146 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
if(data63.base_delay_ms !== undefined){
let data65 = data63.base_delay_ms;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err147 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
const err148 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
if(data63.max_delay_ms !== undefined){
let data66 = data63.max_delay_ms;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err149 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 0 || isNaN(data66)){
const err150 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
if(data63.budget_ms !== undefined){
let data67 = data63.budget_ms;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err151 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
const err152 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
else {
const err153 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data68 = data.timeouts;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key17 in data68){
if(!((((key17 === "connect_ms") || (key17 === "first_byte_ms")) || (key17 === "idle_ms")) || (key17 === "total_ms"))){
const err154 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data68.connect_ms !== undefined){
let data69 = data68.connect_ms;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err155 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
const err156 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data68.first_byte_ms !== undefined){
let data70 = data68.first_byte_ms;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err157 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
const err158 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data68.idle_ms !== undefined){
let data71 = data68.idle_ms;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err159 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 0 || isNaN(data71)){
const err160 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
if(data68.total_ms !== undefined){
let data72 = data68.total_ms;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
const err161 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 0 || isNaN(data72)){
const err162 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
}
else {
const err163 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data.circuit_breaker !== undefined){
let data73 = data.circuit_breaker;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key18 in data73){
if(!((((((key18 === "failure_threshold") || (key18 === "failure_rate")) || (key18 === "window_ms")) || (key18 === "min_requests")) || (key18 === "cooldown_ms")) || (key18 === "key_probe_ms"))){
const err164 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data73.failure_threshold !== undefined){
let data74 = data73.failure_threshold;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err165 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 1 || isNaN(data74)){
const err166 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
if(data73.failure_rate !== undefined){
let data75 = data73.failure_rate;
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 1 || isNaN(data75)){
const err167 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data75 < 0 || isNaN(data75)){
const err168 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err169 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data73.window_ms !== undefined){
let data76 = data73.window_ms;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err170 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < 0 || isNaN(data76)){
const err171 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
if(data73.min_requests !== undefined){
let data77 = data73.min_requests;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err172 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 1 || isNaN(data77)){
const err173 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
if(data73.cooldown_ms !== undefined){
let data78 = data73.cooldown_ms;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err174 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 < 0 || isNaN(data78)){
const err175 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
if(data73.key_probe_ms !== undefined){
let data79 = data73.key_probe_ms;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err176 = {instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err177 = {instancePath:instancePath+"/circuit_breaker/key_probe_ms",schemaPath:"#/properties/circuit_breaker/properties/key_probe_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
else {
const err178 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data.logging !== undefined){
let data80 = data.logging;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key19 in data80){
if(!(((key19 === "level") || (key19 === "usage_sink")) || (key19 === "log_payloads"))){
const err179 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data80.level !== undefined){
let data81 = data80.level;
const _errs213 = errors;
let valid35 = false;
const _errs214 = errors;
if(typeof data81 !== "string"){
const err180 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if("fatal" !== data81){
const err181 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/const",keyword:"const",params:{allowedValue: "fatal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid8 = _errs214 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs216 = errors;
if(typeof data81 !== "string"){
const err182 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if("error" !== data81){
const err183 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid8 = _errs216 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs218 = errors;
if(typeof data81 !== "string"){
const err184 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if("warn" !== data81){
const err185 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/const",keyword:"const",params:{allowedValue: "warn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
var _valid8 = _errs218 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs220 = errors;
if(typeof data81 !== "string"){
const err186 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if("info" !== data81){
const err187 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/const",keyword:"const",params:{allowedValue: "info"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
var _valid8 = _errs220 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs222 = errors;
if(typeof data81 !== "string"){
const err188 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if("debug" !== data81){
const err189 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/const",keyword:"const",params:{allowedValue: "debug"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid8 = _errs222 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs224 = errors;
if(typeof data81 !== "string"){
const err190 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if("trace" !== data81){
const err191 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/const",keyword:"const",params:{allowedValue: "trace"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid8 = _errs224 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs226 = errors;
if(typeof data81 !== "string"){
const err192 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if("silent" !== data81){
const err193 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/const",keyword:"const",params:{allowedValue: "silent"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var _valid8 = _errs226 === errors;
valid35 = valid35 || _valid8;
}
}
}
}
}
}
if(!valid35){
const err194 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
else {
errors = _errs213;
if(vErrors !== null){
if(_errs213){
vErrors.length = _errs213;
}
else {
vErrors = null;
}
}
}
}
if(data80.usage_sink !== undefined){
if(typeof data80.usage_sink !== "string"){
const err195 = {instancePath:instancePath+"/logging/usage_sink",schemaPath:"#/properties/logging/properties/usage_sink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data80.log_payloads !== undefined){
if(typeof data80.log_payloads !== "boolean"){
const err196 = {instancePath:instancePath+"/logging/log_payloads",schemaPath:"#/properties/logging/properties/log_payloads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.observability !== undefined){
let data84 = data.observability;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key20 in data84){
if(!(((key20 === "metrics") || (key20 === "metrics_key")) || (key20 === "otlp_endpoint"))){
const err198 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data84.metrics !== undefined){
if(typeof data84.metrics !== "boolean"){
const err199 = {instancePath:instancePath+"/observability/metrics",schemaPath:"#/properties/observability/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data84.metrics_key !== undefined){
let data86 = data84.metrics_key;
if(typeof data86 === "string"){
if(func4(data86) < 1){
const err200 = {instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/observability/metrics_key",schemaPath:"#/properties/observability/properties/metrics_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data84.otlp_endpoint !== undefined){
if(typeof data84.otlp_endpoint !== "string"){
const err202 = {instancePath:instancePath+"/observability/otlp_endpoint",schemaPath:"#/properties/observability/properties/otlp_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

