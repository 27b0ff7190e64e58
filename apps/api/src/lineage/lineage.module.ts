import { Module } from '@nestjs/common';
import { InstrumentDerivationResolver } from './instrument-derivation.resolver.js';

/** "Afgeleid van" on the Instrument type; it is written by curation and proposals (derived-from.ts). */
@Module({ providers: [InstrumentDerivationResolver] })
export class LineageModule {}
