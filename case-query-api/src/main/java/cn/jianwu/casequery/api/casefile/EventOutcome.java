package cn.jianwu.casequery.api.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /api/cases/{caseNumber}/events} (201 when the step is new).
 *
 * @param caseView the case after the step (JSON: {@code case})
 * @param added whether the step was new (the same stage on the same date is recorded
 * once)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventOutcome(@JsonProperty("case") CaseStaffView caseView, boolean added) {
}
