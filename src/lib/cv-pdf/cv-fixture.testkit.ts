/**
 * A full CV that fills two A4 pages, for the PDF tests and the bench: a name with æøå, a job
 * written in Cyrillic and one in Arabic, every section filled in.
 */
import { emptyCv, type Cv } from '../domain/cv/model';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const duties =
	'Modtog varer, plukkede ordrer og holdt styr på lageret. Oplærte nye kolleger i truckkørsel, ' +
	'sikkerhed og scanning. Var med til at indføre en ny plukkerute, der sparede en halv time om dagen.';

export function twoPageCv(name = 'Søren Ærø Åkjær'): Cv {
	const cv = emptyCv();
	cv.contact = {
		name,
		email: 'soeren@eksempel.dk',
		phone: '+45 12 34 56 78',
		postalCode: '8000',
		city: 'Aarhus C',
		showEmail: true,
		showPhone: true
	};
	cv.summary =
		'Stabil og glad lagermedarbejder med truckcertifikat og ti års erfaring.\n\n' +
		'Jeg kan lide at have travlt, og jeg er god til at lære nye kolleger op.';
	cv.experience = [
		...Array.from({ length: 7 }, (_, i) => ({
			id: id(i + 1),
			title: `Lagermedarbejder ${i + 1}`,
			employer: `Firma nr. ${i + 1} ApS`,
			hideEmployer: false,
			start: `20${String(10 + i).padStart(2, '0')}-0${(i % 9) + 1}`,
			end: i === 6 ? null : `20${String(11 + i).padStart(2, '0')}-0${(i % 9) + 1}`,
			description: duties
		})),
		{
			id: id(20),
			title: 'Кладовщик',
			employer: 'ООО Склад',
			hideEmployer: false,
			start: '2005-03',
			end: '2009-12',
			description: 'Приёмка товара и учёт на складе.'
		},
		{
			id: id(21),
			title: 'أمين مستودع',
			employer: 'شركة النور',
			hideEmployer: false,
			start: '2003-01',
			end: '2005-02',
			description: 'استلام البضائع'
		}
	];
	cv.education = [
		{
			id: id(30),
			title: 'Lager- og terminaluddannelsen',
			institution: 'EUC Østjylland',
			start: '2008-08',
			end: '2010-06',
			finished: true,
			description: 'Truckcertifikat B, førstehjælp.'
		},
		{
			id: id(31),
			title: 'Dansk 3',
			institution: 'Sprogcenter Aarhus',
			start: '2010-08',
			end: null,
			finished: false,
			description: ''
		}
	];
	cv.skills = ['Truckkørsel', 'Ordreplukning', 'Lagerstyring (SAP)', 'Oplæring af kolleger'];
	cv.languages = [
		{ id: id(40), language: 'Dansk', level: 'B2', native: false },
		{ id: id(41), language: 'Українська', level: 'C2', native: true }
	];
	cv.drivingLicences = ['B', 'C'];
	cv.certificates = [
		{ id: id(50), name: 'Truckcertifikat B', issuer: 'AMU', date: '2012-05' },
		{ id: id(51), name: 'Førstehjælp', issuer: 'Røde Kors', date: null }
	];
	cv.wishes = {
		jobTitles: ['Lagermedarbejder', 'Chauffør'],
		municipalities: ['751'],
		hours: 'full',
		employment: ['permanent', 'temporary']
	};
	cv.referencesOnRequest = true;
	return cv;
}
