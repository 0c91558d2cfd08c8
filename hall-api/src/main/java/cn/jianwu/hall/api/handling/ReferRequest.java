package cn.jianwu.hall.api.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The office marks a message as outside the procuratorate's remit ({@code .../refer}),
 * telling the writer where to turn.
 */
public record ReferRequest(
		@NotBlank(message = "请填写告知内容（应向何处反映）") @Size(max = 2000, message = "告知内容不能超过2000个字") String referral) {

}
