package cn.jianwu.casequery.casefile;

import java.time.LocalDate;

/**
 * A procedural step ({@code POST /api/cases/{caseNumber}/events}).
 *
 * @param stage the stage reached, e.g. 退回补充侦查
 * @param date when
 * @param stageDeadline its legal deadline (default: computed, see {@link Stages})
 * @param note an internal remark (never public)
 */
public record ProceduralEventRequest(String stage, LocalDate date, LocalDate stageDeadline, String note) {
}
