package id.deskpilkada.portal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml; puts {@link AccessDeniedExceptionHandler} in front of the default handler. */
public class AccessDeniedExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AccessDeniedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AccessDeniedExceptionHandler(getWrapped().getExceptionHandler());
    }
}
