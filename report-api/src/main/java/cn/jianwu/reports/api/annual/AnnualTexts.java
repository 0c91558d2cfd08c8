package cn.jianwu.reports.api.annual;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The sections the office writes ({@code PUT /api/reports/annual/{year}}); the figures
 * are generated. Blank sections are allowed while drafting; the submission asks for the
 * overview.
 *
 * @param overview 一、总体情况
 * @param reviews 四、控告申诉及复议诉讼情况: what the office adds to the figures (or "无")
 * @param problems 五、存在的主要问题及改进情况
 * @param otherMatters 六、其他需要报告的事项
 * @param version the version the editor saw; a different stored version means someone
 * else changed the report meanwhile
 */
public record AnnualTexts(@Size(max = 20000, message = "总体情况不能超过20000个字") String overview,
		@Size(max = 5000, message = "控告申诉情况说明不能超过5000个字") String reviews,
		@Size(max = 20000, message = "存在的主要问题及改进情况不能超过20000个字") String problems,
		@Size(max = 10000, message = "其他需要报告的事项不能超过10000个字") String otherMatters,
		@NotNull(message = "缺少版本号，请刷新页面后重试") Long version) {

}
