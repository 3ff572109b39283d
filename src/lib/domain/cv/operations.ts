/**
 * The CV's operations beyond GET/PUT of the document (entities/cv.ts): its versions, restoring one and
 * importing a JSON Resume (or the app's own PDF). Listed in domain/api/operations.ts.
 */
import { z } from 'zod';
import { operation } from '../api/operation';
import { cvResourceSchema } from './model';
import { cvImportResultSchema, cvVersionListSchema, cvVersionSchema } from './versions';

const path = '/api/v1/me/cv';
export const versionNotFound = 'Versionen findes ikke.';

export const cvVersions = operation({
	method: 'get',
	path: `${path}/versions`,
	summary: 'Mit CV’s tidligere versioner, nyeste først: dato og hvilke dele der blev ændret',
	access: 'citizen',
	response: cvVersionListSchema
});

export const cvVersion = operation({
	method: 'get',
	path: `${path}/versions/{n}`,
	summary: 'Én tidligere version af mit CV',
	access: 'citizen',
	response: cvVersionSchema
});

export const cvRestore = operation({
	method: 'post',
	path: `${path}/versions/{n}/restore`,
	summary:
		'Gendan en tidligere version: CV’et som det er nu, gemmes først som en version, så gendannelsen kan fortrydes',
	access: 'citizen',
	response: cvResourceSchema
});

/** A JSON Resume (schema v1.0.0); the app's own PDF (application/pdf) carries one inside it. */
export const jsonResumeBodySchema = z.record(z.string(), z.unknown()).meta({ id: 'JsonResume' });

export const cvImport = operation({
	method: 'post',
	path: `${path}/import`,
	summary:
		'Importér et CV: JSON Resume (application/json) eller appens egen PDF (application/pdf). CV’et som det var, gemmes først som en version; svaret nævner hvert felt, der ikke kunne bruges',
	access: 'citizen',
	body: jsonResumeBodySchema,
	response: cvImportResultSchema
});

/** `n` in the version paths: a version number. */
export function versionNumber(value: string): number | null {
	return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export const cvOperations = [cvVersions, cvVersion, cvRestore, cvImport];
