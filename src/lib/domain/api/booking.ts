/**
 * The booking's operations besides the citizen's own entities (domain/entities/meetings.ts and
 * conversation-requests.ts): the free slots she may book, and the caseworker console.
 */
import {
	caseworkerCitizenSchema,
	caseworkerMeetingListSchema,
	caseworkerMeetingSchema,
	caseworkerRequestListSchema,
	caseworkerSlotListSchema,
	caseworkerSlotQuerySchema,
	caseworkerSlotSchema,
	feedbackQuerySchema,
	feedbackReportSchema,
	meetingDayQuerySchema,
	meetingOutcomeInputSchema,
	publishSlotInputSchema,
	withdrawalSchema
} from '../booking/console';
import { slotListSchema, slotQuerySchema } from '../booking/model';
import { operation } from './operation';

export const freeSlots = operation({
	method: 'get',
	path: '/api/v1/slots',
	summary:
		'Ledige tider i mit jobcenter (lokale datoer `from`–`to`, højst 31 dage; standard de næste 14), tidligste først',
	access: 'citizen',
	query: slotQuerySchema,
	response: slotListSchema
});

export const caseworkerSlots = operation({
	method: 'get',
	path: '/api/v1/caseworker/slots',
	summary: 'Mine tider (lokale datoer `from`–`to`, højst 31 dage; standard denne og næste uge)',
	access: 'caseworker',
	query: caseworkerSlotQuerySchema,
	response: caseworkerSlotListSchema
});

export const publishSlot = operation({
	method: 'post',
	path: '/api/v1/caseworker/slots',
	summary:
		'Udbyd en tid (lokal dato og klokkeslæt i Europe/Copenhagen). Hverdage, ikke helligdage, 07–18, 15–120 min; overlap: 409',
	access: 'caseworker',
	body: publishSlotInputSchema,
	response: caseworkerSlotSchema,
	status: 201
});

export const withdrawSlot = operation({
	method: 'delete',
	path: '/api/v1/caseworker/slots/{id}',
	summary:
		'Træk en tid tilbage. Er den booket, aflyses samtalen, og borgeren får besked (hun tilbydes andre tider)',
	access: 'caseworker',
	response: withdrawalSchema,
	notFound: 'Tiden findes ikke i din kalender.'
});

export const caseworkerMeetings = operation({
	method: 'get',
	path: '/api/v1/caseworker/meetings',
	summary: 'Mine samtaler på en dag (`date`, standard i dag)',
	access: 'caseworker',
	query: meetingDayQuerySchema,
	response: caseworkerMeetingListSchema
});

export const recordMeetingOutcome = operation({
	method: 'patch',
	path: '/api/v1/caseworker/meetings/{id}',
	summary: 'Marker en samtale som afholdt eller udeblevet (når den er begyndt)',
	access: 'caseworker',
	body: meetingOutcomeInputSchema,
	response: caseworkerMeetingSchema,
	notFound: 'Samtalen findes ikke i din kalender.'
});

export const caseworkerRequests = operation({
	method: 'get',
	path: '/api/v1/caseworker/conversation-requests',
	summary: 'Åbne anmodninger om en samtale i mit jobcenter, efter frist (overskredne først)',
	access: 'caseworker',
	response: caseworkerRequestListSchema
});

export const caseworkerCitizen = operation({
	method: 'get',
	path: '/api/v1/caseworker/citizens/{id}',
	summary:
		'En borger, jeg har en relation til (tildelt, en samtale med mig, eller en åben anmodning i mit jobcenter): profil, sygemelding, samtaler',
	access: 'caseworker',
	response: caseworkerCitizenSchema,
	notFound: 'Borgeren findes ikke, eller du har ingen sag med hende.'
});

export const feedbackReport = operation({
	method: 'get',
	path: '/api/v1/caseworker/feedback',
	summary:
		'"Følte du dig hjulpet?" pr. jobcenter i en måned (`month` ÅÅÅÅ-MM, standard denne): gennemsnit og antal, intet tal under 5 svar',
	access: 'caseworker',
	query: feedbackQuerySchema,
	response: feedbackReportSchema
});

export const bookingOperations = [
	freeSlots,
	caseworkerSlots,
	publishSlot,
	withdrawSlot,
	caseworkerMeetings,
	recordMeetingOutcome,
	caseworkerRequests,
	caseworkerCitizen,
	feedbackReport
];
