import { Module } from '@nestjs/common';
import { PilotLoaderFactory } from './pilot.loaders.js';
import { PilotsQueries } from './pilots.queries.js';
import { InstrumentPilotsResolver, PilotsResolver } from './pilots.resolver.js';
import { PilotsService } from './pilots.service.js';

@Module({
  providers: [PilotsQueries, PilotsService, PilotsResolver, InstrumentPilotsResolver, PilotLoaderFactory],
})
export class PilotsModule {}
