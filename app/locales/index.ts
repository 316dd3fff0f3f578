// Translation files, one per area. Dutch is the source language; English must have the same keys
// (checked by app/locales/locales.test.ts).
import enAdmin from './en/admin.json'
import enAuth from './en/auth.json'
import enCommon from './en/common.json'
import enEmails from './en/emails.json'
import enErrors from './en/errors.json'
import nlAdmin from './nl/admin.json'
import nlAuth from './nl/auth.json'
import nlCommon from './nl/common.json'
import nlEmails from './nl/emails.json'
import nlErrors from './nl/errors.json'
import enBoard from './en/board.json'
import enOrganizations from './en/organizations.json'
import enPlaces from './en/places.json'
import nlBoard from './nl/board.json'
import nlOrganizations from './nl/organizations.json'
import nlPlaces from './nl/places.json'
import enCandidates from './en/candidates.json'
import nlCandidates from './nl/candidates.json'
import enCaseload from './en/caseload.json'
import nlCaseload from './nl/caseload.json'
import enReports from './en/reports.json'
import nlReports from './nl/reports.json'
import enPrivacy from './en/privacy.json'
import nlPrivacy from './nl/privacy.json'
import enMatching from './en/matching.json'
import nlMatching from './nl/matching.json'
import enProposals from './en/proposals.json'
import nlProposals from './nl/proposals.json'
import enPlacements from './en/placements.json'
import nlPlacements from './nl/placements.json'
import enRelationships from './en/relationships.json'
import nlRelationships from './nl/relationships.json'
import enEvents from './en/events.json'
import nlEvents from './nl/events.json'
import enContacts from './en/contacts.json'
import nlContacts from './nl/contacts.json'
import enInsight from './en/insight.json'
import nlInsight from './nl/insight.json'
import enImports from './en/imports.json'
import nlImports from './nl/imports.json'
import enExports from './en/exports.json'
import nlExports from './nl/exports.json'
import enYearlyReport from './en/yearly-report.json'
import nlYearlyReport from './nl/yearly-report.json'
import enPlans from './en/plans.json'
import nlPlans from './nl/plans.json'
import enPlanReviews from './en/plan-reviews.json'
import nlPlanReviews from './nl/plan-reviews.json'
import enAgreements from './en/agreements.json'
import nlAgreements from './nl/agreements.json'
import enChecklists from './en/checklists.json'
import nlChecklists from './nl/checklists.json'

export const resources = {
	nl: {
		common: nlCommon,
		auth: nlAuth,
		admin: nlAdmin,
		emails: nlEmails,
		errors: nlErrors,
		organizations: nlOrganizations,
		places: nlPlaces,
		board: nlBoard,
		candidates: nlCandidates,
		caseload: nlCaseload,
		reports: nlReports,
		privacy: nlPrivacy,
		matching: nlMatching,
		proposals: nlProposals,
		placements: nlPlacements,
		relationships: nlRelationships,
		events: nlEvents,
		contacts: nlContacts,
		insight: nlInsight,
		imports: nlImports,
		exports: nlExports,
		yearlyReport: nlYearlyReport,
		plans: nlPlans,
		planReviews: nlPlanReviews,
		agreements: nlAgreements,
		checklists: nlChecklists,
	},
	en: {
		common: enCommon,
		auth: enAuth,
		admin: enAdmin,
		emails: enEmails,
		errors: enErrors,
		organizations: enOrganizations,
		places: enPlaces,
		board: enBoard,
		candidates: enCandidates,
		caseload: enCaseload,
		reports: enReports,
		privacy: enPrivacy,
		matching: enMatching,
		proposals: enProposals,
		placements: enPlacements,
		relationships: enRelationships,
		events: enEvents,
		contacts: enContacts,
		insight: enInsight,
		imports: enImports,
		exports: enExports,
		yearlyReport: enYearlyReport,
		plans: enPlans,
		planReviews: enPlanReviews,
		agreements: enAgreements,
		checklists: enChecklists,
	},
}
