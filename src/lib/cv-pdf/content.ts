/**
 * What the PDF says, in reading order, before any drawing: the name, the contact line, then one
 * section per part of the CV she has filled in (empty parts are left out, so the PDF never shows a
 * heading with nothing under it). Pure: the renderer (`render.ts`) only draws this outline, and the
 * tests can check the wording without parsing a PDF.
 */
import type { Cv } from '../domain/cv/model';
import type { Translate } from '../i18n';

export type PdfLanguage = 'da' | 'en';

/** One job, education or course: a title line, a line of dates and place, and free text. */
export interface PdfEntry {
	title: string;
	meta: string;
	body: string;
}

export type PdfSectionKey =
	| 'profile'
	| 'experience'
	| 'education'
	| 'skills'
	| 'languages'
	| 'certificates'
	| 'drivingLicences'
	| 'wishes'
	| 'references';

export interface PdfSection {
	key: PdfSectionKey;
	heading: string;
	paragraphs: string[];
	entries: PdfEntry[];
	/** A bulleted list (skills, languages, job wishes). */
	list: string[];
}

export interface PdfContent {
	/** Document title (metadata, shown by the viewer instead of the file name). */
	title: string;
	/** Her name, the page's one H1; empty when she has not written it yet. */
	name: string;
	contact: string[];
	sections: PdfSection[];
}

const LOCALES: Record<PdfLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** "jan. 2020" / "Jan 2020": CVs date by month. Read at mid-month UTC so no zone moves it. */
export function formatMonth(yearMonth: string, language: PdfLanguage): string {
	return new Intl.DateTimeFormat(LOCALES[language], {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${yearMonth}-15T12:00:00Z`));
}

function period(start: string, end: string | null, language: PdfLanguage, t: Translate): string {
	return `${formatMonth(start, language)} – ${end ? formatMonth(end, language) : t('cvPdf.present')}`;
}

const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' · ');

function section(
	key: PdfSectionKey,
	t: Translate,
	parts: Partial<Pick<PdfSection, 'paragraphs' | 'entries' | 'list'>>
): PdfSection {
	return {
		key,
		heading: t(`cvPdf.headings.${key}`),
		paragraphs: parts.paragraphs ?? [],
		entries: parts.entries ?? [],
		list: parts.list ?? []
	};
}

function wishLines(cv: Cv, t: Translate): string[] {
	const { wishes } = cv;
	const terms = [
		wishes.hours ? t(`cvPdf.hours.${wishes.hours}`) : '',
		...wishes.employment.map((kind) => t(`cvPdf.employment.${kind}`))
	].filter((term) => term !== '');
	return [...wishes.jobTitles.filter((title) => title.trim() !== ''), ...terms];
}

/** The CV as the PDF's outline. The same CV and language always give the same outline. */
export function pdfContent(cv: Cv, language: PdfLanguage, t: Translate): PdfContent {
	const name = cv.contact.name.trim();
	const { contact } = cv;
	const place = joined(`${contact.postalCode} ${contact.city}`.trim());
	const contactLines = [
		contact.email ? t('cvPdf.email', { email: contact.email }) : '',
		contact.phone ? t('cvPdf.phone', { phone: contact.phone }) : '',
		place
	].filter((line) => line !== '');

	const candidates: PdfSection[] = [
		section('profile', t, {
			paragraphs: cv.summary
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean)
		}),
		section('experience', t, {
			entries: cv.experience.map((job) => ({
				title: joined(job.title, job.employer),
				meta: period(job.start, job.end, language, t),
				body: job.description.trim()
			}))
		}),
		section('education', t, {
			entries: cv.education.map((item) => ({
				title: joined(item.title, item.institution),
				meta: joined(
					period(item.start, item.end, language, t),
					item.finished ? '' : t('cvPdf.notFinished')
				),
				body: item.description.trim()
			}))
		}),
		section('skills', t, { list: cv.skills.filter((skill) => skill.trim() !== '') }),
		section('languages', t, {
			list: cv.languages.map((item) =>
				joined(
					item.language,
					item.native ? t('cvPdf.native') : t('cvPdf.level', { level: item.level })
				)
			)
		}),
		section('certificates', t, {
			entries: cv.certificates.map((item) => ({
				title: joined(item.name, item.issuer),
				meta: item.date ? formatMonth(item.date, language) : '',
				body: ''
			}))
		}),
		section('drivingLicences', t, {
			paragraphs: cv.drivingLicences.length ? [cv.drivingLicences.join(', ')] : []
		}),
		section('wishes', t, { list: wishLines(cv, t) }),
		section('references', t, {
			paragraphs: cv.referencesOnRequest ? [t('cvPdf.referencesOnRequest')] : []
		})
	];
	return {
		title: name ? t('cvPdf.title', { name }) : t('cvPdf.untitledTitle'),
		name,
		contact: contactLines,
		sections: candidates.filter(
			(s) => s.paragraphs.length > 0 || s.entries.length > 0 || s.list.length > 0
		)
	};
}
