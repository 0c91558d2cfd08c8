package cn.jianwu.casequery.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.casefile.FieldProblem;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.hashing.QueryCodes;

/**
 * The form of a public query, checked before anything is looked up: a malformed request
 * is a 400 naming the field, never a failed attempt that counts towards the lock-out.
 */
public final class PublicQueryChecks {

	private static final List<QueryChannel> PUBLIC = Arrays.stream(QueryChannel.values())
		.filter(QueryChannel::isPublic)
		.toList();

	private PublicQueryChecks() {
	}

	/**
	 * @param request the request
	 * @throws InvalidCaseDataException naming each malformed field
	 */
	public static void check(PublicQueryRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.queryCode() == null) {
			problems.add(new FieldProblem("queryCode", "请输入查询码"));
		}
		else if (!QueryCodes.isWellFormed(request.queryCode())) {
			problems.add(new FieldProblem("queryCode", "查询码应为12位数字"));
		}
		if (request.idLast4() == null) {
			problems.add(new FieldProblem("idLast4", "请输入身份证号码后四位"));
		}
		else if (!IdNumbers.isLast4(request.idLast4())) {
			problems.add(new FieldProblem("idLast4", "身份证号码后四位应为4位数字，末位可为X"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseDataException(problems);
		}
	}

	/**
	 * The channel of a public request: the body's, else the header's, else {@code WEB};
	 * never {@code DESK}, which has its own endpoint.
	 * @param request the request
	 * @param header the {@code X-Query-Channel} header, or {@code null}
	 * @return the channel
	 * @throws InvalidCaseDataException when it names no public channel
	 */
	public static QueryChannel channel(PublicQueryRequest request, String header) {
		String name = (request.channel() != null) ? request.channel().name()
				: (header != null) ? header.trim().toUpperCase(Locale.ROOT) : QueryChannel.WEB.name();
		return PUBLIC.stream()
			.filter((channel) -> channel.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidCaseDataException(List.of(new FieldProblem("channel", "查询渠道应为 " + names()))));
	}

	/** WEB、HOTLINE、WECHAT 或 KIOSK */
	private static String names() {
		List<String> names = PUBLIC.stream().map(QueryChannel::name).toList();
		return names.subList(0, names.size() - 1).stream().collect(Collectors.joining("、")) + " 或 "
				+ names.get(names.size() - 1);
	}

}
