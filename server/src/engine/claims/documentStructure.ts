/** The document speaking of itself: its sections, cover lines and drafts ("Section 3 covers …", "DRAFT, 14 March 2019"). */

export const RE_STRUCTURE =
  /^(?:(?:in|with)\s+)?(?:this|the present|the following|our|the current|these)\s+(?:joint\s+|individual\s+|stakeholder\s+|shadow\s+|alternative\s+)?(?:submission|report|document|briefing|paper|memorandum|analysis|section|sections|chapter|annex|statement|update|contribution|study|note|overview|review|assessment|brief|letter)s?\b|^(?:joint\s+|individual\s+)?(?:stakeholder\s+|NGO\s+|civil society\s+)?(?:submission|report|contribution)\s+(?:to|for)\s+the\s+(?:universal periodic review|UPR|human rights council)\b|^(?:sections?|parts?|chapters?|annex(?:es)?|tables?|figures?|box|graph|chart)\s+(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})?|[A-H])(?:\s+(?:to|and|–|-)\s+(?:[IVXLC]+|\d{1,2}))?(?![-\w])(?!\s+of\b)(?=\s+(?:\w+\s+){0,2}?(?:describes?|address(?:es)?|covers?|examines?|presents?|sets?\s+out|outlines?|discuss(?:es)?|deals?|focus(?:es)?|looks?|provides?|contains?|summari[sz]es?|assess(?:es)?|analy[sz]es?|reviews?|concludes?|is\s+devoted|are\s+devoted|lists?|shows?|gives?|below|above)\b|\s*[:.)]|\s*$)|^(?:below|the following|as follows|see)\b|^the\s+(?:table|list|figure|chart|box|annex)\s+(?:below|above)\b|^(?:it|this)\s+(?:concludes|outlines|provides|examines|highlights|focuses|covers|is structured)\b|^(?:the\s+)?(?:\w+\s+)?(?:themes|issues|topics|sections|parts|chapters|areas)\s+(?:are|were)\s+(?:addressed|covered|discussed|examined|considered|treated)\b/i;

export const RE_STRUCTURE_VERB =
  /\b(?:submission|report|document|briefing|paper|memorandum|analysis|section|chapter)\s+(?:(?:also|further|then|first|briefly)\s+)?(?:focuses|examines|covers|outlines|highlights|assesses|details|concludes|analy[sz]es|addresses|documents|considers|describes|provides|discusses|presents|sets out|reviews|looks at|is based|draws|was prepared|was submitted|has been prepared)\b/i;

/** The submitters presenting the document itself: "X and Y make this submission …", "… are providing this joint submission on …". */
export const RE_MAKE_THIS_SUBMISSION =
  /\b(?:make|makes|made|making|submit|submits|submitted|submitting|provide|provides|provided|providing|present|presents|presented|presenting|prepared|prepare|prepares|send|sends)\s+(?:this|the present|these)\s+(?:joint\s+|stakeholder\s+|shadow\s+|alternative\s+|individual\s+|written\s+)?(?:submission|report|contribution)s?\b/i;

/** Words of a cover page or draft header ("DRAFT, 14 March 2019", "UPR of Pakistan, 28th session (November 2017)"). */
const TITLE_WORDS = /\b(?:draft|submission|recommendations?|UPR|universal\s+periodic\s+review|session|version|internal|confidential|prepared\s+by|submitted\s+by)\b/i;

/** A verb, or what is most likely one: an auxiliary, a past or present participle, a common irregular past. */
export const VERB_LIKE = /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|remains?|held|took|made|said|told|gave|went|fled|sent|left|won|lost|began|fell|rose|came|saw|found|kept|met|paid|put|ran|set|shot|spent|stood|struck|threw|wrote|broke|beat|hid|led|sought|brought|bought|caught|taught|thought|got|knew|became)\b|\b[a-z]{2,}(?:ed|ing)\b/;

/** A heading-like line with no verb that names the submission or the draft: a cover line, not an assertion. */
export function isTitleLine(body: string): boolean {
  // "*Draft of 2 October 2017 …*", "Projet — version du 12 mars 2015", "… — *working draft, 24 March 2017*".
  if (body.length < 250 && (/^[*_\s]*(?:working\s+)?(?:draft|projet|version)\b(?!\s+(?:law|bill|decree|amendment|code|act|constitution|legislation|regulation))/i.test(body) || /\bworking\s+draft\b/i.test(body))) return true;
  if (/^[*_\s]*(?:(?:draft|version)\s*(?:\d+|[IVX]+)?\s*[,:;]|date\s*[*_]*\s*:)/i.test(body) && body.length < 200) return true;
  // (A sentence with a subject of its own is no title: "We welcome the ratification of …, in line with recommendation 99.1".)
  // (…nor a long sentence closed by a full stop: "Article 149 of the same Code continues to punish … despite the recommendations of France …".)
  return body.length < 300 && TITLE_WORDS.test(body) && !VERB_LIKE.test(body) && !/^(?:we|it|they|this|these|our)\s/i.test(body) && !(body.length > 100 && /[.!?]["”’)]*\s*$/.test(body) && !/\b(?:submission|universal\s+periodic\s+review|UPR|draft)\b/i.test(body));
}
