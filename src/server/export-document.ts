// The portable export of a subject (GDPR Art. 15/20): every stored record, plus each record's
// event in ISO/IEC TS 27560 / W3C DPV terms, so the document can be read without assent.
import type { StoredRecord } from './types'

const EVENT_STATE: Record<StoredRecord['action'], (record: StoredRecord) => string> = {
  'accept-all': () => 'dpv:ConsentGiven',
  'reject-all': () => 'dpv:ConsentRefused',
  withdraw: () => 'dpv:ConsentWithdrawn',
  // A dismissed opt-out notice is no consent (DPV has no state for it): the visitor was told
  // and did not opt out, under the regime the record names.
  notice: () => 'assent:NoticeDismissed',
  // A custom choice gives consent to what it grants and refuses the rest.
  custom: (record) => (Object.entries(record.choices).some(([, granted]) => granted) ? 'dpv:ConsentGiven' : 'dpv:ConsentRefused'),
}

function event(record: StoredRecord) {
  return {
    recordId: record.id,
    piiPrincipalId: record.subject,
    eventTime: record.receivedAt,
    eventState: EVENT_STATE[record.action](record),
    eventType: record.source === 'signal' ? 'dpv:ImpliedConsent' : 'dpv:ExplicitlyExpressedConsent',
    expressionMethod: `${record.source}:${record.action}`,
    validityDuration: { from: record.createdAt, until: record.expiresAt },
    privacyNotice: { version: record.policyVersion, url: record.url },
    language: record.language,
    purposes: record.choices,
    services: record.services,
    ...(record.regime && { regime: record.regime }),
  }
}

export function exportDocument(subject: string, records: StoredRecord[], retentionDays: number) {
  return {
    format: 'assent-export/1',
    conformsTo: 'https://w3id.org/dpv/schema/dpv-27560#record',
    subject,
    exportedAt: new Date().toISOString(),
    retentionPeriod: `P${retentionDays}D`,
    withdrawalMethod: 'The site\'s "Cookie settings" link, or DELETE of this subject at the consent endpoint',
    records,
    events: records.map(event),
  }
}
