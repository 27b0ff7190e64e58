import { InstrumentLinkEntity } from '../catalogue/instrument-link.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { StatusChangeEntity } from '../catalogue/status-change.entity.js';
import {
  AudienceEntity,
  InstrumentTypeEntity,
  PhaseEntity,
  SectorEntity,
  TagEntity,
} from '../vocabularies/vocabulary-term.entity.js';

/** Every entity of the app, for the one DataSource definition. */
export const entities = [
  InstrumentEntity,
  InstrumentLinkEntity,
  StatusChangeEntity,
  PhaseEntity,
  InstrumentTypeEntity,
  AudienceEntity,
  SectorEntity,
  TagEntity,
];
