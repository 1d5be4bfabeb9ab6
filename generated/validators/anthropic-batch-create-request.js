// generated from specs/ — do not edit (npm run gen)
// Validator "anthropic-batch-create-request" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","required":["requests"],"properties":{"requests":{"minItems":1,"maxItems":100000,"type":"array","items":{"additionalProperties":true,"type":"object","required":["custom_id","params"],"properties":{"custom_id":{"minLength":1,"maxLength":64,"type":"string"},"params":{"additionalProperties":true,"type":"object","required":["model"],"properties":{"model":{"minLength":1,"maxLength":256,"type":"string"}}}}}}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requests === undefined) && (missing0 = "requests")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requests !== undefined){
let data0 = data.requests;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100000){
validate10.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
if(data0.length < 1){
validate10.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.custom_id === undefined) && (missing1 = "custom_id")) || ((data1.params === undefined) && (missing1 = "params"))){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0,schemaPath:"#/properties/requests/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.custom_id !== undefined){
let data2 = data1.custom_id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func2(data2) > 64){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/custom_id",schemaPath:"#/properties/requests/items/properties/custom_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/custom_id",schemaPath:"#/properties/requests/items/properties/custom_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/custom_id",schemaPath:"#/properties/requests/items/properties/custom_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.params !== undefined){
let data3 = data1.params;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.model === undefined) && (missing2 = "model")){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/params",schemaPath:"#/properties/requests/items/properties/params/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data3.model !== undefined){
let data4 = data3.model;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func2(data4) > 256){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/params/model",schemaPath:"#/properties/requests/items/properties/params/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/params/model",schemaPath:"#/properties/requests/items/properties/params/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/params/model",schemaPath:"#/properties/requests/items/properties/params/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/requests/" + i0+"/params",schemaPath:"#/properties/requests/items/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/requests/" + i0,schemaPath:"#/properties/requests/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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

