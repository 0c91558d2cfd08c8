package cn.jianwu.portal.publication;

import java.util.Map;

/**
 * The public names of the kinds of case information (docs/domain.md "Disclosure items").
 */
public final class SubKinds {

	private static final Map<String, String> LABELS = Map.of("IMPORTANT_CASE", "重要案件信息", "LEGAL_DOCUMENT", "生效法律文书",
			"TYPICAL_CASE", "典型案例", "SEIZED_PROPERTY", "涉案财物处理结果", "SUPERVISION_CORRECTION", "监督纠正情况");

	private SubKinds() {
	}

	/**
	 * The name of a sub-kind, or {@code null} for none or one this build does not know.
	 */
	public static String label(String subKind) {
		return (subKind != null) ? LABELS.get(subKind) : null;
	}

}
