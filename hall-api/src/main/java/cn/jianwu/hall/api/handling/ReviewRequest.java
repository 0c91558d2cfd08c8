package cn.jianwu.hall.api.handling;

import jakarta.validation.constraints.Size;

/**
 * The section head's decision on an answer ({@code .../approve}, {@code .../return}); a
 * return needs the comment.
 */
public record ReviewRequest(@Size(max = 2000, message = "意见不能超过2000个字") String comment) {

}
