package cn.jianwu.casequery.api.casefile;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A procedural step ({@code POST /api/cases/{caseNumber}/events}).
 *
 * @param stage the stage reached (a {@link CaseStage} label, or a case system's own),
 * e.g. 退回补充侦查
 * @param date when
 * @param stageDeadline its legal deadline (default: computed by the service)
 * @param note an internal remark (never public)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProceduralEventRequest(String stage, LocalDate date, LocalDate stageDeadline, String note) {
}
