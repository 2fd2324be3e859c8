package org.dealgraph.extract;

import java.util.regex.Pattern;

/**
 * Compiles relation rules written over masked sentence text. A rule may use these tokens, each standing for
 * one placeholder: {@code @ORG} organisation, {@code @PER} person, {@code @PROD} product, {@code @PLAT}
 * platform, {@code @OP} organisation or platform, {@code @ENT} any named entity, {@code @MONEY},
 * {@code @PCT} percentage and {@code @DATE}; {@code @TITLE} for a job title such as "chief executive";
 * and {@code @Q} for optional qualifiers of a number ("about", "up to", "a further").
 */
final class Rx {

    private static final String TITLE_ONE = "(?:(?:former |interim |acting |new |then-)?"
            + "(?:co-?founder|founder|chief executive(?: officer)?|chief [a-z]+ officer|chief scientist|chief [a-z]+ scientist"
            + "|CEO|CFO|CTO|COO|co-CEO|chairman|chairwoman|chair|president|executive vice president"
            + "|senior vice president|vice president|executive vice chair|vice chair|managing director"
            + "|general manager|co-lead|co-head|head)s?)";
    static final String TITLE = TITLE_ONE + "(?:,? and " + TITLE_ONE + ")?";

    private Rx() {
    }

    static Pattern compile(String rule) {
        String rx = rule
                .replace("@TITLE", TITLE)
                .replace("@Q", "(?:(?:about|approximately|roughly|around|nearly|almost|some|more than|over|up to|as much as"
                        + "|at least|less than|an estimated|a further|another|an additional|only|just) )*")
                .replace("@ORG", "\\{O\\d+}")
                .replace("@PER", "\\{P\\d+}")
                .replace("@PROD", "\\{R\\d+}")
                .replace("@PLAT", "\\{L\\d+}")
                .replace("@OP", "\\{[OL]\\d+}")
                .replace("@ENT", "\\{[OPRL]\\d+}")
                .replace("@MONEY", "\\{M\\d+}")
                .replace("@PCT", "\\{C\\d+}")
                .replace("@DATE", "\\{D\\d+}");
        return Pattern.compile(rx);
    }
}
