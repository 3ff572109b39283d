import type { I18n } from '$lib/i18n/i18n.svelte';
import { sectionOfField } from './sections';

/** What the conflict chooser calls a field: its label, or its section for a whole list. */
export function conflictLabel(i18n: I18n, path: string): string {
	const key = `cv.fields.${path.replace(/\.\d+(\.|$)/, '.entry$1')}`;
	const label = i18n.t(key);
	return label === key ? i18n.t(`cv.sections.${sectionOfField(path)}.title`) : label;
}

function entryText(value: unknown): string {
	if (typeof value !== 'object' || value === null) return String(value);
	const record = value as Record<string, unknown>;
	const main = [record.title, record.name, record.language].find((v) => typeof v === 'string' && v);
	const where = [record.employer, record.institution, record.issuer].find(
		(v) => typeof v === 'string' && v
	);
	return [main, where].filter(Boolean).join(', ') || '…';
}

/** A value as she reads it in the chooser: lists as their entries' titles, yes/no for switches. */
export function formatConflictValue(i18n: I18n, _path: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return i18n.t('cv.emptyValue');
	if (typeof value === 'boolean') return i18n.t(value ? 'cv.yes' : 'cv.no');
	if (Array.isArray(value)) {
		return value.length === 0 ? i18n.t('cv.emptyValue') : value.map(entryText).join('; ');
	}
	if (typeof value === 'object') return entryText(value);
	return String(value);
}
