package cn.jianwu.casequery.desk;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/cases/desk-query}: the officer checked the visitor's ID card in
 * person.
 *
 * @param caseNumber the case
 * @param visitorIdLast4 the last four of the visitor's ID number, for the audit
 */
public record DeskQueryRequest(@NotBlank(message = "请输入案号") String caseNumber,
		@NotNull(message = "请输入来访人身份证号码后四位") @Pattern(regexp = "\\d{3}[\\dX]",
				message = "来访人身份证号码后四位应为4位数字，末位可为X") String visitorIdLast4) {

	public DeskQueryRequest {
		visitorIdLast4 = (visitorIdLast4 != null) ? visitorIdLast4.trim().toUpperCase(Locale.ROOT) : null;
	}

}
