import type { Labelled } from '../../../app/labels';

/** A vocabulary term with its number of instruments, as the overview query returns it. */
export interface TermCountItem extends Labelled {
  code: string;
  count: number;
}
