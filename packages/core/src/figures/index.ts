// Exercise figures: keyframed stick-figure poses shared by the web app and the printed handout.
export {};
