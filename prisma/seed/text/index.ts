import { businessDesk, businessKinds } from './business';
import { cultureDesk, cultureKinds } from './culture';
import type { KindDefinition, SectionDesk } from './kit';
import { nationDesk, nationKinds } from './nation';
import { politicsDesk, politicsKinds } from './politics';
import { scienceDesk, scienceKinds } from './science';
import { sportDesk, sportKinds } from './sport';
import { worldDesk, worldKinds } from './world';

/** Every section desk in masthead order, and every story kind the desks write. */
export const DESKS: SectionDesk[] = [nationDesk, politicsDesk, businessDesk, worldDesk, cultureDesk, sportDesk, scienceDesk];

export const KINDS: KindDefinition[] = [
  ...nationKinds, ...politicsKinds, ...businessKinds, ...worldKinds, ...cultureKinds, ...sportKinds, ...scienceKinds,
];
