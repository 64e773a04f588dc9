/** A cue in a sentence that ties a recommendation to the review, and where its substance lies. */
export interface Cue {
  start: number;
  end: number;
  kind: 'response' | 'review' | 'state' | 'received';
  /** "implementation of recommendations", "recommendations of the previous review": the substance must follow the cue. */
  weak?: boolean;
  /** The recommendation's words start at `objectStart` itself, no linking word needed ("was asked to …", a quotation). */
  direct?: boolean;
  /** Where the recommendation's own words start, when the pattern shows it. */
  objectStart?: number;
  /** …and end, when the pattern shows it. */
  objectEnd?: number | undefined;
  /** A verb of content right before the topic ("41 addressed torture"): one word is enough. */
  oneWord?: boolean;
  /** A row of a follow-up table: the recommendation's text comes first, even in the imperative. */
  statusRow?: boolean;
  /** The States' call is the subject of the sentence's answer ("Germany's call to … was noted"). */
  answeredCall?: boolean;
  /** The recommending States, when the cue names them in a form State look-up does not read ("the Canadian and French calls"). */
  states?: string[];
}

/** Where the sentence's own verb starts after a subject that holds the recommendation ("Germany's call to … | was noted"). */
export function predicateAfter(sentence: string, from: number): number | undefined {
  const verb = /\s(?:is|are|was|were|has|have|had|remains?|remained|went|goes|received|met)\b/u.exec(sentence.slice(from));
  return verb && verb.index > 10 ? from + verb.index : undefined;
}
