// generated from specs/ — do not edit (npm run gen)
// Validator "config" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func4__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":false,"type":"object","required":["providers"],"properties":{"server":{"additionalProperties":false,"type":"object","properties":{"host":{"type":"string"},"port":{"minimum":0,"maximum":65535,"type":"integer"},"anthropic_port":{"minimum":0,"maximum":65535,"type":"integer"},"body_limit_bytes":{"minimum":1,"type":"integer"},"workers":{"anyOf":[{"minimum":1,"maximum":64,"type":"integer"},{"const":"auto","type":"string"}]},"auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"anthropic_auth":{"anyOf":[{"const":"required","type":"string"},{"const":"optional","type":"string"}]},"admin_key":{"minLength":1,"type":"string"},"shutdown_grace_ms":{"minimum":0,"type":"integer"},"keepalive_ms":{"minimum":0,"type":"integer"},"default_provider":{"type":"string"},"force_model":{"type":"string"}}},"providers":{"additionalProperties":false,"type":"object","patternProperties":{"^[a-z0-9][a-z0-9_-]*$":{"additionalProperties":false,"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"const":"anthropic","type":"string"},{"const":"openai","type":"string"}]},"base_url":{"minLength":1,"type":"string"},"api_key":{"type":"string"},"api_keys":{"type":"array","items":{"minLength":1,"type":"string"}},"caller_keys":{"anyOf":[{"const":"stored","type":"string"},{"const":"passthrough","type":"string"}]},"headers":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"simulated":{"type":"boolean"}}}}},"models":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["targets"],"properties":{"targets":{"minItems":1,"type":"array","items":{"additionalProperties":false,"type":"object","required":["provider","model"],"properties":{"provider":{"minLength":1,"type":"string"},"model":{"minLength":1,"type":"string"},"weight":{"minimum":0,"type":"number"}}}},"strategy":{"anyOf":[{"const":"single","type":"string"},{"const":"failover","type":"string"},{"const":"weighted","type":"string"}]},"unsupported_params":{"anyOf":[{"const":"reject","type":"string"},{"const":"drop","type":"string"}]},"max_tokens_default":{"minimum":1,"type":"integer"}}}}},"callers":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"key":{"type":"string"},"key_sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"},"models":{"type":"array","items":{"type":"string"}},"direct_provider_routing":{"type":"boolean"},"metadata":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limits":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}},"limits":{"additionalProperties":false,"type":"object","properties":{"store":{"type":"string"},"on_store_error":{"anyOf":[{"const":"open","type":"string"},{"const":"closed","type":"string"}]},"per_caller":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}},"per_model":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","properties":{"rpm":{"minimum":1,"type":"integer"},"tpm":{"minimum":1,"type":"integer"},"concurrent_streams":{"minimum":1,"type":"integer"}}}}}}},"retry":{"additionalProperties":false,"type":"object","properties":{"max_attempts":{"minimum":1,"type":"integer"},"base_delay_ms":{"minimum":0,"type":"integer"},"max_delay_ms":{"minimum":0,"type":"integer"},"budget_ms":{"minimum":0,"type":"integer"}}},"timeouts":{"additionalProperties":false,"type":"object","properties":{"connect_ms":{"minimum":0,"type":"integer"},"first_byte_ms":{"minimum":0,"type":"integer"},"idle_ms":{"minimum":0,"type":"integer"},"total_ms":{"minimum":0,"type":"integer"}}},"circuit_breaker":{"additionalProperties":false,"type":"object","properties":{"failure_threshold":{"minimum":1,"type":"integer"},"failure_rate":{"minimum":0,"maximum":1,"type":"number"},"window_ms":{"minimum":0,"type":"integer"},"min_requests":{"minimum":1,"type":"integer"},"cooldown_ms":{"minimum":0,"type":"integer"}}},"logging":{"additionalProperties":false,"type":"object","properties":{"level":{"anyOf":[{"const":"fatal","type":"string"},{"const":"error","type":"string"},{"const":"warn","type":"string"},{"const":"info","type":"string"},{"const":"debug","type":"string"},{"const":"trace","type":"string"},{"const":"silent","type":"string"}]},"usage_sink":{"type":"string"},"log_payloads":{"type":"boolean"}}},"observability":{"additionalProperties":false,"type":"object","properties":{"metrics":{"type":"boolean"},"otlp_endpoint":{"type":"string"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = typeof func4__module === "function" ? func4__module : func4__module.default;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern2 = new RegExp("^(.*)$", "u");
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

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
}
else {
const err36 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.providers !== undefined){
let data13 = data.providers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!(pattern0.test(key2))){
const err37 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key3 in data13){
if(pattern0.test(key3)){
let data14 = data13[key3];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.type === undefined){
const err38 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data14){
if(!(((((((key4 === "type") || (key4 === "base_url")) || (key4 === "api_key")) || (key4 === "api_keys")) || (key4 === "caller_keys")) || (key4 === "headers")) || (key4 === "simulated"))){
const err39 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.type !== undefined){
let data15 = data14.type;
const _errs48 = errors;
let valid7 = false;
const _errs49 = errors;
if(typeof data15 !== "string"){
const err40 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("anthropic" !== data15){
const err41 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/0/const",keyword:"const",params:{allowedValue: "anthropic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs49 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const _errs51 = errors;
if(typeof data15 !== "string"){
const err42 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if("openai" !== data15){
const err43 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf/1/const",keyword:"const",params:{allowedValue: "openai"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid7 = valid7 || _valid3;
}
if(!valid7){
const err44 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
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
}
if(data14.base_url !== undefined){
let data16 = data14.base_url;
if(typeof data16 === "string"){
if(func4(data16) < 1){
const err45 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err46 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/base_url",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data14.api_key !== undefined){
if(typeof data14.api_key !== "string"){
const err47 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.api_keys !== undefined){
let data18 = data14.api_keys;
if(Array.isArray(data18)){
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err48 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys/" + i0,schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/api_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data14.caller_keys !== undefined){
let data20 = data14.caller_keys;
const _errs62 = errors;
let valid10 = false;
const _errs63 = errors;
if(typeof data20 !== "string"){
const err51 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if("stored" !== data20){
const err52 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/0/const",keyword:"const",params:{allowedValue: "stored"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid4 = _errs63 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const _errs65 = errors;
if(typeof data20 !== "string"){
const err53 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if("passthrough" !== data20){
const err54 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf/1/const",keyword:"const",params:{allowedValue: "passthrough"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid4 = _errs65 === errors;
valid10 = valid10 || _valid4;
}
if(!valid10){
const err55 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/caller_keys",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/caller_keys/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
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
}
if(data14.headers !== undefined){
let data21 = data14.headers;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key5 in data21){
if(pattern2.test(key5)){
if(typeof data21[key5] !== "string"){
const err56 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data14.simulated !== undefined){
if(typeof data14.simulated !== "boolean"){
const err58 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/simulated",schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/properties/simulated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/patternProperties/%5E%5Ba-z0-9%5D%5Ba-z0-9_-%5D*%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
}
else {
const err60 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.models !== undefined){
let data24 = data.models;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(pattern2.test(key6)){
let data25 = data24[key6];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.targets === undefined){
const err61 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key7 in data25){
if(!((((key7 === "targets") || (key7 === "strategy")) || (key7 === "unsupported_params")) || (key7 === "max_tokens_default"))){
const err62 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data25.targets !== undefined){
let data26 = data25.targets;
if(Array.isArray(data26)){
if(data26.length < 1){
const err63 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.provider === undefined){
const err64 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data27.model === undefined){
const err65 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key8 in data27){
if(!(((key8 === "provider") || (key8 === "model")) || (key8 === "weight"))){
const err66 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data27.provider !== undefined){
let data28 = data27.provider;
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err67 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/provider",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data27.model !== undefined){
let data29 = data27.model;
if(typeof data29 === "string"){
if(func4(data29) < 1){
const err69 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/model",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data27.weight !== undefined){
let data30 = data27.weight;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err71 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err72 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1+"/weight",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets/" + i1,schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/targets",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data25.strategy !== undefined){
let data31 = data25.strategy;
const _errs90 = errors;
let valid17 = false;
const _errs91 = errors;
if(typeof data31 !== "string"){
const err75 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if("single" !== data31){
const err76 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/0/const",keyword:"const",params:{allowedValue: "single"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid5 = _errs91 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs93 = errors;
if(typeof data31 !== "string"){
const err77 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if("failover" !== data31){
const err78 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/1/const",keyword:"const",params:{allowedValue: "failover"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid5 = _errs93 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs95 = errors;
if(typeof data31 !== "string"){
const err79 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if("weighted" !== data31){
const err80 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf/2/const",keyword:"const",params:{allowedValue: "weighted"},message:"must be equal to constant"};
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
}
}
if(!valid17){
const err81 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/strategy",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/strategy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data25.unsupported_params !== undefined){
let data32 = data25.unsupported_params;
const _errs98 = errors;
let valid18 = false;
const _errs99 = errors;
if(typeof data32 !== "string"){
const err82 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if("reject" !== data32){
const err83 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/0/const",keyword:"const",params:{allowedValue: "reject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid6 = _errs99 === errors;
valid18 = valid18 || _valid6;
if(!valid18){
const _errs101 = errors;
if(typeof data32 !== "string"){
const err84 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if("drop" !== data32){
const err85 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf/1/const",keyword:"const",params:{allowedValue: "drop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid6 = _errs101 === errors;
valid18 = valid18 || _valid6;
}
if(!valid18){
const err86 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/unsupported_params",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/unsupported_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data25.max_tokens_default !== undefined){
let data33 = data25.max_tokens_default;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err87 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 1 || isNaN(data33)){
const err88 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_tokens_default",schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/properties/max_tokens_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
else {
const err89 = {instancePath:instancePath+"/models/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
else {
const err90 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.callers !== undefined){
let data34 = data.callers;
if(Array.isArray(data34)){
const len2 = data34.length;
for(let i2=0; i2<len2; i2++){
let data35 = data34[i2];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.name === undefined){
const err91 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key9 in data35){
if(!(((((((key9 === "name") || (key9 === "key")) || (key9 === "key_sha256")) || (key9 === "models")) || (key9 === "direct_provider_routing")) || (key9 === "metadata")) || (key9 === "limits"))){
const err92 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data35.name !== undefined){
let data36 = data35.name;
if(typeof data36 === "string"){
if(func4(data36) < 1){
const err93 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/callers/" + i2+"/name",schemaPath:"#/properties/callers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data35.key !== undefined){
if(typeof data35.key !== "string"){
const err95 = {instancePath:instancePath+"/callers/" + i2+"/key",schemaPath:"#/properties/callers/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data35.key_sha256 !== undefined){
let data38 = data35.key_sha256;
if(typeof data38 === "string"){
if(!pattern4.test(data38)){
const err96 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/callers/" + i2+"/key_sha256",schemaPath:"#/properties/callers/items/properties/key_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data35.models !== undefined){
let data39 = data35.models;
if(Array.isArray(data39)){
const len3 = data39.length;
for(let i3=0; i3<len3; i3++){
if(typeof data39[i3] !== "string"){
const err98 = {instancePath:instancePath+"/callers/" + i2+"/models/" + i3,schemaPath:"#/properties/callers/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/callers/" + i2+"/models",schemaPath:"#/properties/callers/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data35.direct_provider_routing !== undefined){
if(typeof data35.direct_provider_routing !== "boolean"){
const err100 = {instancePath:instancePath+"/callers/" + i2+"/direct_provider_routing",schemaPath:"#/properties/callers/items/properties/direct_provider_routing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.metadata !== undefined){
let data42 = data35.metadata;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key10 in data42){
if(pattern2.test(key10)){
if(typeof data42[key10] !== "string"){
const err101 = {instancePath:instancePath+"/callers/" + i2+"/metadata/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callers/items/properties/metadata/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
}
else {
const err102 = {instancePath:instancePath+"/callers/" + i2+"/metadata",schemaPath:"#/properties/callers/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data35.limits !== undefined){
let data44 = data35.limits;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key11 in data44){
if(!(((key11 === "rpm") || (key11 === "tpm")) || (key11 === "concurrent_streams"))){
const err103 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.rpm !== undefined){
let data45 = data44.rpm;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err104 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 1 || isNaN(data45)){
const err105 = {instancePath:instancePath+"/callers/" + i2+"/limits/rpm",schemaPath:"#/properties/callers/items/properties/limits/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data44.tpm !== undefined){
let data46 = data44.tpm;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err106 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 1 || isNaN(data46)){
const err107 = {instancePath:instancePath+"/callers/" + i2+"/limits/tpm",schemaPath:"#/properties/callers/items/properties/limits/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
if(data44.concurrent_streams !== undefined){
let data47 = data44.concurrent_streams;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err108 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err109 = {instancePath:instancePath+"/callers/" + i2+"/limits/concurrent_streams",schemaPath:"#/properties/callers/items/properties/limits/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err110 = {instancePath:instancePath+"/callers/" + i2+"/limits",schemaPath:"#/properties/callers/items/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err111 = {instancePath:instancePath+"/callers/" + i2,schemaPath:"#/properties/callers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err112 = {instancePath:instancePath+"/callers",schemaPath:"#/properties/callers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.limits !== undefined){
let data48 = data.limits;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key12 in data48){
if(!((((key12 === "store") || (key12 === "on_store_error")) || (key12 === "per_caller")) || (key12 === "per_model"))){
const err113 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data48.store !== undefined){
if(typeof data48.store !== "string"){
const err114 = {instancePath:instancePath+"/limits/store",schemaPath:"#/properties/limits/properties/store/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data48.on_store_error !== undefined){
let data50 = data48.on_store_error;
const _errs141 = errors;
let valid27 = false;
const _errs142 = errors;
if(typeof data50 !== "string"){
const err115 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if("open" !== data50){
const err116 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/0/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid7 = _errs142 === errors;
valid27 = valid27 || _valid7;
if(!valid27){
const _errs144 = errors;
if(typeof data50 !== "string"){
const err117 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if("closed" !== data50){
const err118 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf/1/const",keyword:"const",params:{allowedValue: "closed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var _valid7 = _errs144 === errors;
valid27 = valid27 || _valid7;
}
if(!valid27){
const err119 = {instancePath:instancePath+"/limits/on_store_error",schemaPath:"#/properties/limits/properties/on_store_error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
if(data48.per_caller !== undefined){
let data51 = data48.per_caller;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key13 in data51){
if(!(((key13 === "rpm") || (key13 === "tpm")) || (key13 === "concurrent_streams"))){
const err120 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data51.rpm !== undefined){
let data52 = data51.rpm;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err121 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
const err122 = {instancePath:instancePath+"/limits/per_caller/rpm",schemaPath:"#/properties/limits/properties/per_caller/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data51.tpm !== undefined){
let data53 = data51.tpm;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err123 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err124 = {instancePath:instancePath+"/limits/per_caller/tpm",schemaPath:"#/properties/limits/properties/per_caller/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
if(data51.concurrent_streams !== undefined){
let data54 = data51.concurrent_streams;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err125 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
const err126 = {instancePath:instancePath+"/limits/per_caller/concurrent_streams",schemaPath:"#/properties/limits/properties/per_caller/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
}
else {
const err127 = {instancePath:instancePath+"/limits/per_caller",schemaPath:"#/properties/limits/properties/per_caller/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data48.per_model !== undefined){
let data55 = data48.per_model;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key14 in data55){
if(pattern2.test(key14)){
let data56 = data55[key14];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key15 in data56){
if(!(((key15 === "rpm") || (key15 === "tpm")) || (key15 === "concurrent_streams"))){
const err128 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data56.rpm !== undefined){
let data57 = data56.rpm;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err129 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 1 || isNaN(data57)){
const err130 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/rpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data56.tpm !== undefined){
let data58 = data56.tpm;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err131 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 1 || isNaN(data58)){
const err132 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/tpm",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data56.concurrent_streams !== undefined){
let data59 = data56.concurrent_streams;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err133 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 1 || isNaN(data59)){
const err134 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrent_streams",schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/properties/concurrent_streams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
}
else {
const err135 = {instancePath:instancePath+"/limits/per_model/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/properties/per_model/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
else {
const err136 = {instancePath:instancePath+"/limits/per_model",schemaPath:"#/properties/limits/properties/per_model/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err137 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.retry !== undefined){
let data60 = data.retry;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key16 in data60){
if(!((((key16 === "max_attempts") || (key16 === "base_delay_ms")) || (key16 === "max_delay_ms")) || (key16 === "budget_ms"))){
const err138 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data60.max_attempts !== undefined){
let data61 = data60.max_attempts;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err139 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 1 || isNaN(data61)){
const err140 = {instancePath:instancePath+"/retry/max_attempts",schemaPath:"#/properties/retry/properties/max_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data60.base_delay_ms !== undefined){
let data62 = data60.base_delay_ms;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err141 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err142 = {instancePath:instancePath+"/retry/base_delay_ms",schemaPath:"#/properties/retry/properties/base_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data60.max_delay_ms !== undefined){
let data63 = data60.max_delay_ms;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err143 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
const err144 = {instancePath:instancePath+"/retry/max_delay_ms",schemaPath:"#/properties/retry/properties/max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
if(data60.budget_ms !== undefined){
let data64 = data60.budget_ms;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err145 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err146 = {instancePath:instancePath+"/retry/budget_ms",schemaPath:"#/properties/retry/properties/budget_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err147 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data65 = data.timeouts;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key17 in data65){
if(!((((key17 === "connect_ms") || (key17 === "first_byte_ms")) || (key17 === "idle_ms")) || (key17 === "total_ms"))){
const err148 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data65.connect_ms !== undefined){
let data66 = data65.connect_ms;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err149 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err150 = {instancePath:instancePath+"/timeouts/connect_ms",schemaPath:"#/properties/timeouts/properties/connect_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data65.first_byte_ms !== undefined){
let data67 = data65.first_byte_ms;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err151 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err152 = {instancePath:instancePath+"/timeouts/first_byte_ms",schemaPath:"#/properties/timeouts/properties/first_byte_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data65.idle_ms !== undefined){
let data68 = data65.idle_ms;
if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){
const err153 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < 0 || isNaN(data68)){
const err154 = {instancePath:instancePath+"/timeouts/idle_ms",schemaPath:"#/properties/timeouts/properties/idle_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
if(data65.total_ms !== undefined){
let data69 = data65.total_ms;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err155 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err156 = {instancePath:instancePath+"/timeouts/total_ms",schemaPath:"#/properties/timeouts/properties/total_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err157 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.circuit_breaker !== undefined){
let data70 = data.circuit_breaker;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key18 in data70){
if(!(((((key18 === "failure_threshold") || (key18 === "failure_rate")) || (key18 === "window_ms")) || (key18 === "min_requests")) || (key18 === "cooldown_ms"))){
const err158 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data70.failure_threshold !== undefined){
let data71 = data70.failure_threshold;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err159 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 1 || isNaN(data71)){
const err160 = {instancePath:instancePath+"/circuit_breaker/failure_threshold",schemaPath:"#/properties/circuit_breaker/properties/failure_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data70.failure_rate !== undefined){
let data72 = data70.failure_rate;
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 > 1 || isNaN(data72)){
const err161 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data72 < 0 || isNaN(data72)){
const err162 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/circuit_breaker/failure_rate",schemaPath:"#/properties/circuit_breaker/properties/failure_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data70.window_ms !== undefined){
let data73 = data70.window_ms;
if(!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))){
const err164 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 0 || isNaN(data73)){
const err165 = {instancePath:instancePath+"/circuit_breaker/window_ms",schemaPath:"#/properties/circuit_breaker/properties/window_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
if(data70.min_requests !== undefined){
let data74 = data70.min_requests;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err166 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 1 || isNaN(data74)){
const err167 = {instancePath:instancePath+"/circuit_breaker/min_requests",schemaPath:"#/properties/circuit_breaker/properties/min_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
if(data70.cooldown_ms !== undefined){
let data75 = data70.cooldown_ms;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err168 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
const err169 = {instancePath:instancePath+"/circuit_breaker/cooldown_ms",schemaPath:"#/properties/circuit_breaker/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err170 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data.logging !== undefined){
let data76 = data.logging;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key19 in data76){
if(!(((key19 === "level") || (key19 === "usage_sink")) || (key19 === "log_payloads"))){
const err171 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data76.level !== undefined){
let data77 = data76.level;
const _errs205 = errors;
let valid35 = false;
const _errs206 = errors;
if(typeof data77 !== "string"){
const err172 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if("fatal" !== data77){
const err173 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/0/const",keyword:"const",params:{allowedValue: "fatal"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid8 = _errs206 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs208 = errors;
if(typeof data77 !== "string"){
const err174 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if("error" !== data77){
const err175 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/1/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid8 = _errs208 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs210 = errors;
if(typeof data77 !== "string"){
const err176 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if("warn" !== data77){
const err177 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/2/const",keyword:"const",params:{allowedValue: "warn"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
var _valid8 = _errs210 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs212 = errors;
if(typeof data77 !== "string"){
const err178 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if("info" !== data77){
const err179 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/3/const",keyword:"const",params:{allowedValue: "info"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid8 = _errs212 === errors;
valid35 = valid35 || _valid8;
if(!valid35){
const _errs214 = errors;
if(typeof data77 !== "string"){
const err180 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if("debug" !== data77){
const err181 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/4/const",keyword:"const",params:{allowedValue: "debug"},message:"must be equal to constant"};
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
if(typeof data77 !== "string"){
const err182 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if("trace" !== data77){
const err183 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/5/const",keyword:"const",params:{allowedValue: "trace"},message:"must be equal to constant"};
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
if(typeof data77 !== "string"){
const err184 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if("silent" !== data77){
const err185 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf/6/const",keyword:"const",params:{allowedValue: "silent"},message:"must be equal to constant"};
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
}
}
}
}
}
}
if(!valid35){
const err186 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
else {
errors = _errs205;
if(vErrors !== null){
if(_errs205){
vErrors.length = _errs205;
}
else {
vErrors = null;
}
}
}
}
if(data76.usage_sink !== undefined){
if(typeof data76.usage_sink !== "string"){
const err187 = {instancePath:instancePath+"/logging/usage_sink",schemaPath:"#/properties/logging/properties/usage_sink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data76.log_payloads !== undefined){
if(typeof data76.log_payloads !== "boolean"){
const err188 = {instancePath:instancePath+"/logging/log_payloads",schemaPath:"#/properties/logging/properties/log_payloads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err189 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data.observability !== undefined){
let data80 = data.observability;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key20 in data80){
if(!((key20 === "metrics") || (key20 === "otlp_endpoint"))){
const err190 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data80.metrics !== undefined){
if(typeof data80.metrics !== "boolean"){
const err191 = {instancePath:instancePath+"/observability/metrics",schemaPath:"#/properties/observability/properties/metrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data80.otlp_endpoint !== undefined){
if(typeof data80.otlp_endpoint !== "string"){
const err192 = {instancePath:instancePath+"/observability/otlp_endpoint",schemaPath:"#/properties/observability/properties/otlp_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/observability",schemaPath:"#/properties/observability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

