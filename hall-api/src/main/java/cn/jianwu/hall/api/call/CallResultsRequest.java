package cn.jianwu.hall.api.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * After a call closed, staff publish its results ({@code .../results}) as another
 * disclosure item.
 *
 * @param summary what the responses said
 * @param adopted what was adopted, and why not the rest
 */
public record CallResultsRequest(
		@NotBlank(message = "请填写意见征集情况") @Size(max = 20000, message = "内容不能超过20000个字") String summary,
		@NotBlank(message = "请填写采纳情况") @Size(max = 20000, message = "内容不能超过20000个字") String adopted) {

}
