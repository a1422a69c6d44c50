package io.djk8s.testing;

import io.djk8s.resource.ProbeEndpoints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The routed endpoints, opted into as an application would. */
@Path("/")
@RequestScoped
public class ProbesResource extends ProbeEndpoints {}
