package cn.jianwu.hall.api.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text staff write for the writer: the procedural answer ({@code .../acknowledge}) or
 * the answer's draft ({@code .../answer}). Plain text; paragraphs are separated by blank
 * lines.
 *
 * @param text the text
 * @param revision for an {@code ITEM_FEEDBACK}: the item's revision that answered it, or
 * null
 */
public record TextRequest(@NotBlank(message = "请填写内容") @Size(max = TextRequest.MAX,
		message = "内容不能超过" + TextRequest.MAX + "个字") String text, Integer revision) {

	public static final int MAX = 10000;

}
