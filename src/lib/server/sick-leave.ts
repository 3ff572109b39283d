import type { SickLeaveStatus } from '../domain/sick-leave';
import { sickLeave } from '../domain/entities';
import { sickLeaveStatus } from './db/schema';
import { documentService, type StoredDocument } from './document-service';

export type StoredSickLeave = StoredDocument<SickLeaveStatus>;

/** One document per citizen, kept under her own id (the document machinery is shared with the CV). */
const service = documentService<SickLeaveStatus>(sickLeave, sickLeaveStatus);

export const sickLeaveTable = service.synced;
export const toResource = service.toResource;
/** The citizen's status; the empty default at version 0 when she has written none. */
export const getSickLeave = service.get;
export const checkIfMatch = service.checkIfMatch;
export const saveSickLeave = service.save;
