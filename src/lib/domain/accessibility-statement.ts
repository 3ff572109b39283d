/**
 * The facts of the accessibility statement that are not texts (those are in the locale files under
 * `accessibility`). The law (lov nr. 692 af 08/06/2018) and Digitaliseringsstyrelsen's model ask for
 * the compliance status, when the statement was made and last reviewed, a contact for reporting
 * problems and asking for inaccessible content, and a link to the supervisory authority's complaint
 * route. Review the date and the known problems whenever an accessibility fix lands.
 */
export const accessibilityStatement = {
	status: 'partial' as const,
	madeOn: '2026-12-05',
	reviewedOn: '2026-12-05',
	/** The municipality's address for accessibility reports; replace with the real one when deployed. */
	contactEmail: 'tilgaengelighed@demokommune.dk',
	complaintUrl: 'https://www.was.digst.dk/',
	/** Problems still known; texts at `accessibility.problems.<key>`. */
	knownProblems: ['datePicker'],
	/** The audit's problems (issue #12) fixed in this version, each with a test that fails without it. */
	fixedOn: '2026-12-05',
	fixedProblems: [
		'menu',
		'joblogDelete',
		'calculatorTable',
		'focusLost',
		'nextPage',
		'language',
		'joblogStatus',
		'announcements',
		'zoom',
		'invisibleFocus',
		'calculatorErrors',
		'saveJob'
	]
};
