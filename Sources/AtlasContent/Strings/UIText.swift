/// The key of every string the program itself writes; each language's table gives it a value.
/// `{name}` marks a slot that the caller fills.
public enum UIText: String, CaseIterable, Sendable {
    // Chapter names, as the chapter bar and headings show them
    case chapterRoutes, chapterDistances, chapterThae, chapterArrivals, chapterCamps, chapterBalloons
    case chapterWorkers, chapterHomeland, chapterSources
    // Headings
    case keyFacts, timeline, notesOnFigures, allCamps, routeOnMap, escapeRoutes, ifCaught, prisonCamps
    case prisonerEstimates, aboutCamps, aboutAnimation, hostCountries, sourcesHeading, helpTitle
    case stillThereTitle
    // Verdicts, in words
    case verdictDeadly, verdictRepatriated, verdictUncertain, verdictToSeoul, verdictTransit
    // The status line's key hints
    case hintBack, hintPanel, hintMap, hintChart, hintPage, hintHelpQuit, hintHelp, hintQuitSuffix
    case hintClose, hintOpen, inviteQuit, invite, chapterOf
    // The keymap, as the help screen lists it
    case keysChapters, whatChapters, keysDigits, whatDigits, keysArrows, whatArrows, keysTab, whatTab
    case keysOpen, whatOpen, keysMouse, whatMouse, keysZoom, whatZoom, keysScroll, whatScroll, keysLeftRight
    case whatLeftRight, keysClose, whatClose, keysHelp, whatHelp, keysQuit, whatQuit, helpVerdicts
    case keysLanguage, whatLanguage, hintLanguage
    // The route map's legend
    case legendOrigin, legendSelectable, legendSelected, legendRoute, legendCity, legendDMZ
    // Panels and pages
    case panelClose, panelWhere, routeLine, routeTitle
    // Citations
    case source, sources, noneCited, location, timerSource, timerSources, altitudeSource, altitudeSources
    case sourcesIntro, computedDistances, mapSource
    // Certainty marks
    case certaintyVerified, certaintyDerived, certaintyUnverified
    // Camps
    case campWord, prisonWord, kwanlisoName, kyohwasoName, locationVerified, locationApproximate
    case locationUnverified, campLegendCamp, campLegendPrison, campLegendCode, campHeading, campProvince
    case campStatus, campWhere, noEstimate, statusOperating, statusClosed, statusDismantled, statusDisputed
    case statusUnknown
    // Charts
    case arrivalsTitle, women, men, bin, binPeriod, yearPeriod, arrivalsCount, arrivalsSplit, distancesTitle
    case straightLegend, routeLegend, hostsTitle, beyondMap
    // The balloon scene
    case dmz, southKorea, northKorea, balloonTitle, balloonTimer, releaseIn, released, balloonNote
    // Notices
    case tooSmall, tooSmallNeeds, tooSmallQuit, keepExploring, startingOverOne, startingOverMany
    case goodbyeIdle, goodbyeTooLong, seconds, minutes
    // The printed story and its tables
    case printTitle, printTitleMarkdown, printLead, colPeriod, colTotal, colWomen, colMen, colSource
    case binSuffix, colTo, colStraight, colAlong
}
