package cn.jianwu.casequery.hotline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The phone hotline.
 *
 * @param operator where "transfer to an operator" calls
 * ({@code CASEQUERY_HOTLINE_OPERATOR}): a {@code tel:} URI of the institution's desk; the
 * default is the national procuratorial service hotline 12309
 * @param maxReprompts re-prompts after bad or missing input before the caller is passed
 * to the operator
 * @param maxQueriesPerCall queries one call may make ("query again")
 * @param base the path the IVR reaches the documents under (the gateway routes
 * {@code /api/hotline/**} unchanged)
 */
@ConfigurationProperties("jianwu.case-query.hotline")
public record HotlineProperties(@DefaultValue("tel:12309") String operator, @DefaultValue("3") int maxReprompts,
		@DefaultValue("3") int maxQueriesPerCall, @DefaultValue("/api/hotline") String base) {
}
