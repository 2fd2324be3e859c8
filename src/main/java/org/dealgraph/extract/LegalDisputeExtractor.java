package org.dealgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Legal disputes: who considers, threatens or files legal action against whom, and settlements. */
public final class LegalDisputeExtractor implements RelationExtractor {

    private static final Pattern ACTION = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,40}?)\\b(?<v>(?:was |is |were |had been |has been )?considering (?:legal action|a lawsuit|suing|litigation"
                    + "|legal options)|weigh(?:s|ed|ing)? (?:legal action|a lawsuit|suing)|threaten(?:ed|s|ing)? (?:to sue|legal action|litigation"
                    + "|a lawsuit)|(?:has )?sued|is suing|filed (?:a |an )?(?:lawsuit|suit|complaint|legal complaint|antitrust complaint)"
                    + "|settled (?:its |the |a |their )?(?:lawsuit|dispute|case|legal dispute))(?<rest>[^;]*)");
    private static final Pattern TRIGGER = Pattern.compile("legal|su(?:ed|ing|e)\\b|lawsuit|litigation|complaint|settled");
    private static final Pattern AGAINST = Rx.compile("^(?: against)? (?<b>@ORG)");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        if (!TRIGGER.matcher(s.masked()).find()) {
            return;
        }
        Matcher m = ACTION.matcher(s.masked());
        while (m.find()) {
            EntityRef claimant = s.entity(m.group("a"));
            String v = m.group("v");
            Matcher against = AGAINST.matcher(m.group("rest"));
            boolean named = against.find();
            EntityRef respondent = named ? s.entity(against.group("b"))
                    : ctx.mostMentionedOrganization(claimant).orElse(null);
            if (respondent == null || Rules.same(claimant, respondent)) {
                continue;
            }
            String status = v.contains("consider") || v.startsWith("weigh") ? "considered"
                    : v.contains("threaten") ? "threatened"
                    : v.contains("settled") ? "resolved" : "filed";
            ctx.add(FactType.LEGAL_DISPUTE, s, named ? 0.8 : 0.6)
                    .set("claimant", claimant).set("respondent", respondent).set("status", status)
                    .set("date", Rules.dateNear(s, m.start("v")).orElse(null));
        }
    }
}
