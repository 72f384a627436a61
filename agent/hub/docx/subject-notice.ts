import type { Lang } from '../messages/index.ts';
import { t } from '../messages/index.ts';
import type { Profile } from '../store/admin-repo.ts';
import type { IncidentRecord } from '../store/incident-repo.ts';
import { autoData, vnDateParts, vnTime } from './incident-text.ts';
import { centered, mottoHeader, pack, para, signatureBlock } from './layout.ts';
import { isDraft } from './notification.ts';

/**
 * Notice to data subjects for location or biometric breaches (Decree
 * 356/2025 Art. 29): time and manner of discovery, data type, severity and
 * risks, measures, advice, contacts; a public notice where not all can be reached.
 */
export async function subjectNoticeDocx(input: { incident: IncidentRecord; profile: Profile; now: Date; lang?: Lang }): Promise<Buffer> {
  const lang = input.lang ?? 'vi';
  const { incident: r, profile: p } = input;
  const blank = t(lang, 'form.blank');
  const v = (s: string | undefined) => (s && s.trim() ? s : blank);
  const org = v(p.name);
  const dateLine = t(lang, 'doc.dateLine', { place: p.registrationPlace || blank, ...vnDateParts(input.now) });
  const children = [
    mottoHeader(lang, org, r.number, dateLine),
    centered(t(lang, 'notice.title'), true, 28),
    para(t(lang, 'notice.basis', { org }), { indent: true }),
    para(t(lang, 'notice.discovery', { v: t(lang, 'notice.discovery.auto', { discovered: vnTime(r.discoveredAt) }) })),
    para(t(lang, 'notice.data', { v: autoData(lang, r) })),
    para(t(lang, 'notice.risk', { v: v(r.notification.consequences) })),
    para(t(lang, 'notice.measures', { v: v(r.notification.measures) })),
    para(t(lang, 'notice.advice')),
    para(t(lang, 'notice.contact', { name: v(p.dpoName), title: v(p.dpoTitle), phone: v(p.dpoMobile || p.dpoLandline), email: v(p.email) })),
    para(t(lang, 'notice.public', { website: v(p.website) })),
    para(''),
    signatureBlock(lang, org),
  ];
  return pack(children, isDraft(r), lang);
}
