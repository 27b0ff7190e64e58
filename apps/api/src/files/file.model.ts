import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** One upload of a file: an edition of an instrument file, or a proposal's attachment. */
@ObjectType({ description: 'One edition of an instrument’s file (or an attachment of a proposal).' })
export class FileEdition {
  @Field(() => ID)
  id: string;

  /** The instrument file it is an edition of; null for a proposal's attachment. */
  instrumentFileId: string | null;

  proposalId: string | null;

  @Field({ description: 'E.g. "v0.3".' })
  versionLabel: string;

  @Field(() => String, { nullable: true, description: 'What changed, e.g. "na pilot in Zwolle".' })
  changeNote: string | null;

  @Field(() => String, { nullable: true, description: 'A proposal attachment’s own title (the title of the file it becomes on accept); null for editions.' })
  title: string | null;

  @Field({ description: 'The sanitised file name, with the extension of its type.' })
  fileName: string;

  @Field({ description: 'The stored type, recognised from the content.' })
  contentType: string;

  @Field({ description: 'The type in a word for a download button: "PDF", "Word", "PowerPoint", "Excel", "OpenDocument-tekst", "PNG", …' })
  typeLabel: string;

  @Field(() => Int, { description: 'In bytes.' })
  size: number;

  @Field()
  createdAt: Date;

  @Field({ description: 'Retired editions are shown to curators only.' })
  retired: boolean;

  @Field({ description: 'Path of the download (Content-Disposition: attachment).' })
  downloadUrl: string;

  @Field(() => String, { nullable: true, description: 'Path of a PNG of a PDF’s first page; null until rendered or for other types.' })
  previewUrl: string | null;

  @Field(() => Int, { description: 'Downloads of this edition, all together (no per-person data).' })
  downloadCount: number;
}

@ObjectType({ description: 'One file of an instrument ("Canvas (A3)") in editions.' })
export class InstrumentFile {
  @Field(() => ID)
  id: string;

  instrumentId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Its place among the instrument’s files, from 0.' })
  position: number;

  @Field(() => FileEdition, { nullable: true, description: 'The newest edition that is not retired.' })
  currentEdition: FileEdition | null;

  @Field(() => [FileEdition], { description: 'Newest first; retired ones only for curators.' })
  editions: FileEdition[];
}

@ObjectType({ description: 'What an upload may be (FILES_MAX_MB, PROPOSAL_FILES_MAX_MB), so forms can say it.' })
export class FileLimits {
  @Field(() => Int, { description: 'Bytes per file.' })
  maxFileBytes: number;

  @Field(() => Int, { description: 'Bytes of all attachments of one proposal together.' })
  maxProposalBytes: number;

  @Field(() => Int, { description: 'Attachments per proposal.' })
  maxProposalFiles: number;

  @Field(() => [String], { description: 'The file name extensions of the types that may be uploaded (pdf, docx, …).' })
  extensions: string[];
}
