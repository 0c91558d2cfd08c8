package cn.jianwu.events.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A one-line text such as a title or a name: no line breaks, tabs or other control
 * characters, which would break the title's place in lists, feeds and file names.
 * {@code null} is valid (pair with {@code @NotBlank} where required).
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "不能含有换行或其他控制字符";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
