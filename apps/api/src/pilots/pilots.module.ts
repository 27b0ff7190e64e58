import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PilotLoaderFactory } from './pilot.loaders.js';
import { PilotsExportController } from './pilots-export.controller.js';
import { PilotsQueries } from './pilots.queries.js';
import { InstrumentPilotsResolver, PilotsResolver } from './pilots.resolver.js';
import { PilotsService } from './pilots.service.js';

@Module({
  imports: [NotificationsModule],
  controllers: [PilotsExportController],
  providers: [PilotsQueries, PilotsService, PilotsResolver, InstrumentPilotsResolver, PilotLoaderFactory],
  exports: [PilotLoaderFactory],
})
export class PilotsModule {}
