import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FILE_EXTENSIONS, FILE_LIMITS } from '#domain';
import { RequireRole } from '../accounts/require-role.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Proposal } from '../proposals/proposal.model.js';
import {
  MoveInstrumentFileInput,
  RemoveProposalAttachmentInput,
  RenameInstrumentFileInput,
  RestoreFileEditionInput,
  RetireFileEditionInput,
} from './file.inputs.js';
import { FileEdition, FileLimits, InstrumentFile } from './file.model.js';
import { FilesService } from './files.service.js';

/** The mutations of files and editions; uploads go over HTTP (files-upload.controller.ts). */
@Resolver(() => InstrumentFile)
export class FilesResolver {
  constructor(
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => FileLimits, { description: 'The upload limits and allowed types.' })
  fileLimits(): FileLimits {
    return {
      // GraphQL's Int is 32 bits: a limit of 2 GB or more reads as "about 2 GB".
      maxFileBytes: Math.min(this.config.files.maxBytes, 2 ** 31 - 1),
      maxProposalBytes: Math.min(this.config.files.proposalMaxBytes, 2 ** 31 - 1),
      maxProposalFiles: FILE_LIMITS.proposalMaxFiles,
      extensions: [...FILE_EXTENSIONS],
    };
  }

  @RequireRole('CURATOR')
  @Mutation(() => FileEdition, { description: 'Retires an edition: it stays, downloadable by curators only.' })
  retireFileEdition(@Args('input') input: RetireFileEditionInput): Promise<FileEdition> {
    return this.files.retire(input.id);
  }

  @RequireRole('CURATOR')
  @Mutation(() => FileEdition, { description: 'Makes a retired edition public again.' })
  restoreFileEdition(@Args('input') input: RestoreFileEditionInput): Promise<FileEdition> {
    return this.files.restore(input.id);
  }

  @RequireRole('CURATOR')
  @Mutation(() => InstrumentFile)
  renameInstrumentFile(@Args('input') input: RenameInstrumentFileInput): Promise<InstrumentFile> {
    return this.files.rename(input);
  }

  @RequireRole('CURATOR')
  @Mutation(() => InstrumentFile, { description: 'Moves a file to another place among its instrument’s files.' })
  moveInstrumentFile(@Args('input') input: MoveInstrumentFileInput): Promise<InstrumentFile> {
    return this.files.move(input);
  }

  @RequireRole('MEMBER')
  @Mutation(() => FileEdition, { description: 'Removes an attachment (answers it as it was): the proposal’s author while it is open, or a curator.' })
  removeProposalAttachment(@Args('input') input: RemoveProposalAttachmentInput, @CurrentViewer() viewer: Viewer): Promise<FileEdition> {
    return this.files.removeAttachment(input.id, viewer);
  }
}

/** An instrument's files, read through the request's loaders. */
@Resolver(() => Instrument)
export class InstrumentFilesResolver {
  @ResolveField(() => [InstrumentFile], { description: 'Its files (the instrument itself: canvas, work form…) in order, each in editions.' })
  files(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<InstrumentFile[]> {
    return ctx.loaders.files.files.load(instrument.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'A preview image for its card: the current edition of its first file that has one.' })
  previewUrl(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.files.previewUrl.load(instrument.id);
  }
}

/** A proposal's attachments; the proposal itself is shown only to its author and curators. */
@Resolver(() => Proposal)
export class ProposalAttachmentsResolver {
  @ResolveField(() => [FileEdition], { description: 'Files attached to the proposal; on accept they become the instrument’s files.' })
  attachments(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<FileEdition[]> {
    return ctx.loaders.files.attachments.load(proposal.id);
  }
}
