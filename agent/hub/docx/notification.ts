import { AlignmentType } from 'docx';
import type { Lang } from '../messages/index.ts';
import { t } from '../messages/index.ts';
import type { Profile } from '../store/admin-repo.ts';
import type { IncidentRecord } from '../store/incident-repo.ts';
import { autoAct, autoData, autoParties, autoPlace, autoTime, vnDateParts } from './incident-text.ts';
import { centered, heading, mottoHeader, pack, para, signatureBlock } from './layout.ts';

export interface NotificationInput {
  incident: IncidentRecord;
  profile: Profile;
  form: '08' | '03';
  now: Date;
  lang?: Lang;
}

/** A draft until the DPO confirms the breach (status breach_confirmed or later). */
export function isDraft(r: IncidentRecord): boolean {
  return !(r.status === 'breach_confirmed' || r.status === 'notified' || (r.status === 'closed' && r.notifiedAt));
}

/**
 * Form 08 of Decree 356/2025 (Form 03 of Decree 13/2023 for incidents
 * discovered before 2026): §1 the organisation, §2 the violation, §3
 * attachments, §4 commitment. Fields the DPO edited win over the pre-fill.
 */
export async function notificationDocx(input: NotificationInput): Promise<Buffer> {
  const lang = input.lang ?? 'vi';
  const { incident: r, profile: p, form } = input;
  const n = r.notification;
  const blank = t(lang, 'form.blank');
  const v = (s: string | undefined) => (s && s.trim() ? s : blank);
  const org = v(p.name);
  const date = vnDateParts(input.now);
  const dateLine = t(lang, 'doc.dateLine', { place: p.registrationPlace || blank, ...date });

  const s1 = [
    heading(t(lang, 'form.s1')),
    para(t(lang, 'form.s1.name', { v: org })),
    para(t(lang, 'form.s1.headOffice', { v: v(p.headOfficeAddress) })),
    para(t(lang, 'form.s1.transaction', { v: v(p.transactionAddress) })),
    para(t(lang, 'form.s1.registration', { number: v(p.registrationNumber), issuer: v(p.registrationIssuer), date: v(p.registrationDate), place: v(p.registrationPlace) })),
    para(t(lang, 'form.s1.phone', { v: v(p.phone) })),
    para(t(lang, 'form.s1.website', { v: v(p.website) })),
    ...(form === '08' ? [para(t(lang, 'form.s1.taxCode', { v: v(p.taxCode) })), para(t(lang, 'form.s1.email', { v: v(p.email) }))] : []),
    para(t(lang, 'form.s1.dpo', { name: v(p.dpoName), title: v(p.dpoTitle), landline: v(p.dpoLandline), mobile: v(p.dpoMobile) })),
  ];
  const s2 = [
    heading(t(lang, 'form.s2')),
    para(t(lang, 'form.s2.time', { v: autoTime(lang, r) })),
    para(t(lang, 'form.s2.place', { v: n.place || autoPlace(lang, r) })),
    para(t(lang, 'form.s2.act', { v: n.act || autoAct(lang, r) })),
    para(t(lang, 'form.s2.parties', { v: n.parties || autoParties(lang, r) })),
    para(t(lang, 'form.s2.data', { v: n.dataVolume || autoData(lang, r) })),
    para(t(lang, 'form.s2.responsible', { v: v(n.responsible) })),
    para(t(lang, 'form.s2.consequences', { v: v(n.consequences) })),
    para(t(lang, 'form.s2.measures', { v: v(n.measures) })),
  ];
  const children = [
    mottoHeader(lang, org, r.number, dateLine),
    para(t(lang, `form.${form}.label`), { italics: true, align: AlignmentType.RIGHT, size: 22 }),
    centered(t(lang, 'form.title'), true, 28),
    para(t(lang, 'form.recipient', { recipient: n.recipient || p.recipient || t(lang, 'form.recipient.default') }), { align: AlignmentType.CENTER }),
    para(t(lang, `form.basis.${form}`, { org }), { indent: true }),
    ...s1,
    ...s2,
    heading(t(lang, 'form.s3')),
    para(n.attachments || t(lang, 'form.s3.default', { number: r.number })),
    heading(t(lang, 'form.s4')),
    para(t(lang, 'form.s4.text', { org }), { indent: true }),
    para(''),
    signatureBlock(lang, org),
  ];
  return pack(children, isDraft(r), lang);
}
