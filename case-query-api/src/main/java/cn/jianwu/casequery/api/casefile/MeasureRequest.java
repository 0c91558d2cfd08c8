package cn.jianwu.casequery.api.casefile;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A compulsory measure (强制措施), e.g. 刑事拘留, 逮捕, 取保候审, 监视居住.
 *
 * @param measure the measure
 * @param date when it was decided
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureRequest(String measure, LocalDate date) {
}
