package cn.jianwu.casequery.query;

import java.util.Locale;

import cn.jianwu.casequery.audit.QueryChannel;
import cn.jianwu.casequery.hashing.QueryCodes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/cases/query}.
 *
 * @param queryCode the 12-digit query code (spaces and dashes between digits are ignored)
 * @param idLast4 the last four characters of the ID number (X allowed last)
 * @param channel where the query comes from (default: the {@code X-Query-Channel} header,
 * else {@code WEB}); {@code DESK} only through the desk query
 */
public record PublicQueryRequest(
		@NotNull(message = "请输入查询码") @Pattern(regexp = "\\d{12}", message = "查询码应为12位数字") String queryCode,
		@NotNull(message = "请输入身份证号码后四位") @Pattern(regexp = "\\d{3}[\\dX]",
				message = "身份证号码后四位应为4位数字，末位可为X") String idLast4,
		QueryChannel channel) {

	public PublicQueryRequest {
		queryCode = QueryCodes.normalise(queryCode);
		idLast4 = (idLast4 != null) ? idLast4.trim().toUpperCase(Locale.ROOT) : null;
	}

	@Override
	public String toString() {
		return "PublicQueryRequest[" + this.channel + "]";
	}

}
