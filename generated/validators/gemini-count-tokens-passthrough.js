// generated from specs/ — do not edit (npm run gen)
// Validator "gemini-count-tokens-passthrough" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.
import func2__module from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
export default validate10;
const schema11 = {"additionalProperties":true,"type":"object","properties":{"contents":{"maxItems":100000,"type":"array","items":{"$ref":"#/$defs/GeminiContent"}},"generateContentRequest":{"additionalProperties":true,"type":"object","properties":{}}},"$defs":{"GeminiContent":{"additionalProperties":true,"type":"object","required":["parts"],"properties":{"role":{"maxLength":16,"type":"string"},"parts":{"maxItems":10000,"type":"array","items":{"additionalProperties":true,"type":"object","properties":{}}}}}}};
const schema12 = {"additionalProperties":true,"type":"object","required":["parts"],"properties":{"role":{"maxLength":16,"type":"string"},"parts":{"maxItems":10000,"type":"array","items":{"additionalProperties":true,"type":"object","properties":{}}}}};
const func2 = typeof func2__module === "function" ? func2__module : func2__module.default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contents !== undefined){
let data0 = data.contents;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100000){
validate10.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((data1.parts === undefined) && (missing0 = "parts")){
validate10.errors = [{instancePath:instancePath+"/contents/" + i0,schemaPath:"#/$defs/GeminiContent/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data1.role !== undefined){
let data2 = data1.role;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) > 16){
validate10.errors = [{instancePath:instancePath+"/contents/" + i0+"/role",schemaPath:"#/$defs/GeminiContent/properties/role/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/contents/" + i0+"/role",schemaPath:"#/$defs/GeminiContent/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parts !== undefined){
let data3 = data1.parts;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data3)){
if(data3.length > 10000){
validate10.errors = [{instancePath:instancePath+"/contents/" + i0+"/parts",schemaPath:"#/$defs/GeminiContent/properties/parts/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
validate10.errors = [{instancePath:instancePath+"/contents/" + i0+"/parts/" + i1,schemaPath:"#/$defs/GeminiContent/properties/parts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs12 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/contents/" + i0+"/parts",schemaPath:"#/$defs/GeminiContent/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/contents/" + i0,schemaPath:"#/$defs/GeminiContent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
else {
validate10.errors = [{instancePath:instancePath+"/contents",schemaPath:"#/properties/contents/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generateContentRequest !== undefined){
let data5 = data.generateContentRequest;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
validate10.errors = [{instancePath:instancePath+"/generateContentRequest",schemaPath:"#/properties/generateContentRequest/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
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

